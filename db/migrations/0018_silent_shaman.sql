DROP INDEX `sales_orders_date`;--> statement-breakpoint
CREATE INDEX `sales_orders_kind_status_date` ON `sales_orders` (`kind`,`status`,`business_date`);--> statement-breakpoint
CREATE INDEX `sales_orders_date` ON `sales_orders` (`business_date`);