-- Trace codes scanned for an order but not shipped go back to the shelf when their line is removed from a draft
-- or the order is cancelled or reversed: nothing else may hold them (order_trace_codes_waiting is unique per code),
-- and a removed line must not be held by its codes. Shipped rows are history and are never touched.
CREATE TRIGGER `order_trace_codes_line_removed` BEFORE DELETE ON `sales_order_lines`
BEGIN
  DELETE FROM `order_trace_codes` WHERE `line_id` = OLD.`id` AND `delivery_id` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `order_trace_codes_order_closed` AFTER UPDATE OF `status` ON `sales_orders`
WHEN NEW.`status` IN ('cancelled', 'reversed')
BEGIN
  DELETE FROM `order_trace_codes` WHERE `order_id` = NEW.`id` AND `delivery_id` IS NULL;
END;
