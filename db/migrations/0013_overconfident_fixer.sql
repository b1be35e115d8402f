CREATE TABLE `customer_credit_terms` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`overdue_days` integer,
	`policy` text DEFAULT 'approval' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customer_credit_terms_overdue_days_int" CHECK(typeof("customer_credit_terms"."overdue_days") = 'integer' OR "customer_credit_terms"."overdue_days" IS NULL),
	CONSTRAINT "customer_credit_terms_days_ok" CHECK("customer_credit_terms"."overdue_days" IS NULL OR "customer_credit_terms"."overdue_days" >= 0),
	CONSTRAINT "customer_credit_terms_policy_ok" CHECK("customer_credit_terms"."policy" IN ('approval','block'))
);
--> statement-breakpoint
CREATE TABLE `sales_approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`kind` text NOT NULL,
	`line_id` text,
	`subject` text NOT NULL,
	`detail` text NOT NULL,
	`reason` text NOT NULL,
	`approved_by` text NOT NULL,
	`approved_at` text NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `sales_order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_approvals_kind_ok" CHECK("sales_approvals"."kind" IN ('price_limit','credit_limit','overdue'))
);
--> statement-breakpoint
CREATE INDEX `sales_approvals_order` ON `sales_approvals` (`order_id`);--> statement-breakpoint
CREATE TABLE `sales_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`stock_doc_id` text NOT NULL,
	`invoice_item_id` text,
	`receipt_item_id` text,
	`amount_fen` integer NOT NULL,
	`business_date` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`reversal_doc_id` text,
	`credit_item_id` text,
	`reversed_at` text,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stock_doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receipt_item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reversal_doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credit_item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_deliveries_amount_fen_int" CHECK(typeof("sales_deliveries"."amount_fen") = 'integer' OR "sales_deliveries"."amount_fen" IS NULL),
	CONSTRAINT "sales_deliveries_amount_ok" CHECK("sales_deliveries"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE INDEX `sales_deliveries_order` ON `sales_deliveries` (`order_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `sales_deliveries_doc` ON `sales_deliveries` (`stock_doc_id`);--> statement-breakpoint
CREATE TABLE `sales_delivery_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`delivery_id` text NOT NULL,
	`line_id` text NOT NULL,
	`doc_line_no` integer NOT NULL,
	`qty_base` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	FOREIGN KEY (`delivery_id`) REFERENCES `sales_deliveries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `sales_order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_delivery_lines_qty_base_int" CHECK(typeof("sales_delivery_lines"."qty_base") = 'integer' OR "sales_delivery_lines"."qty_base" IS NULL),
	CONSTRAINT "sales_delivery_lines_amount_fen_int" CHECK(typeof("sales_delivery_lines"."amount_fen") = 'integer' OR "sales_delivery_lines"."amount_fen" IS NULL),
	CONSTRAINT "sales_delivery_lines_doc_line_no_int" CHECK(typeof("sales_delivery_lines"."doc_line_no") = 'integer' OR "sales_delivery_lines"."doc_line_no" IS NULL),
	CONSTRAINT "sales_delivery_lines_qty_pos" CHECK("sales_delivery_lines"."qty_base" > 0 AND "sales_delivery_lines"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE INDEX `sales_delivery_lines_delivery` ON `sales_delivery_lines` (`delivery_id`);--> statement-breakpoint
CREATE INDEX `sales_delivery_lines_line` ON `sales_delivery_lines` (`line_id`);--> statement-breakpoint
CREATE TABLE `sales_order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` text NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`factor` integer NOT NULL,
	`qty` integer NOT NULL,
	`qty_base` integer NOT NULL,
	`price_fen` integer NOT NULL,
	`list_price_fen` integer,
	`gross_fen` integer NOT NULL,
	`line_discount_fen` integer DEFAULT 0 NOT NULL,
	`promo_discount_fen` integer DEFAULT 0 NOT NULL,
	`order_discount_fen` integer DEFAULT 0 NOT NULL,
	`net_fen` integer NOT NULL,
	`is_gift` integer DEFAULT false NOT NULL,
	`promotion_id` text,
	`promo_value_fen` integer DEFAULT 0 NOT NULL,
	`batch_id` text,
	`delivered_qty_base` integer DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_order_lines_factor_int" CHECK(typeof("sales_order_lines"."factor") = 'integer' OR "sales_order_lines"."factor" IS NULL),
	CONSTRAINT "sales_order_lines_qty_int" CHECK(typeof("sales_order_lines"."qty") = 'integer' OR "sales_order_lines"."qty" IS NULL),
	CONSTRAINT "sales_order_lines_qty_base_int" CHECK(typeof("sales_order_lines"."qty_base") = 'integer' OR "sales_order_lines"."qty_base" IS NULL),
	CONSTRAINT "sales_order_lines_price_fen_int" CHECK(typeof("sales_order_lines"."price_fen") = 'integer' OR "sales_order_lines"."price_fen" IS NULL),
	CONSTRAINT "sales_order_lines_list_price_fen_int" CHECK(typeof("sales_order_lines"."list_price_fen") = 'integer' OR "sales_order_lines"."list_price_fen" IS NULL),
	CONSTRAINT "sales_order_lines_gross_fen_int" CHECK(typeof("sales_order_lines"."gross_fen") = 'integer' OR "sales_order_lines"."gross_fen" IS NULL),
	CONSTRAINT "sales_order_lines_line_discount_fen_int" CHECK(typeof("sales_order_lines"."line_discount_fen") = 'integer' OR "sales_order_lines"."line_discount_fen" IS NULL),
	CONSTRAINT "sales_order_lines_promo_discount_fen_int" CHECK(typeof("sales_order_lines"."promo_discount_fen") = 'integer' OR "sales_order_lines"."promo_discount_fen" IS NULL),
	CONSTRAINT "sales_order_lines_order_discount_fen_int" CHECK(typeof("sales_order_lines"."order_discount_fen") = 'integer' OR "sales_order_lines"."order_discount_fen" IS NULL),
	CONSTRAINT "sales_order_lines_net_fen_int" CHECK(typeof("sales_order_lines"."net_fen") = 'integer' OR "sales_order_lines"."net_fen" IS NULL),
	CONSTRAINT "sales_order_lines_promo_value_fen_int" CHECK(typeof("sales_order_lines"."promo_value_fen") = 'integer' OR "sales_order_lines"."promo_value_fen" IS NULL),
	CONSTRAINT "sales_order_lines_delivered_qty_base_int" CHECK(typeof("sales_order_lines"."delivered_qty_base") = 'integer' OR "sales_order_lines"."delivered_qty_base" IS NULL),
	CONSTRAINT "sales_order_lines_qty_pos" CHECK("sales_order_lines"."qty" > 0 AND "sales_order_lines"."qty_base" > 0 AND "sales_order_lines"."factor" > 0),
	CONSTRAINT "sales_order_lines_money_ok" CHECK("sales_order_lines"."price_fen" >= 0 AND "sales_order_lines"."net_fen" >= 0 AND "sales_order_lines"."line_discount_fen" >= 0),
	CONSTRAINT "sales_order_lines_delivered_ok" CHECK("sales_order_lines"."delivered_qty_base" >= 0 AND "sales_order_lines"."delivered_qty_base" <= "sales_order_lines"."qty_base")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_order_lines_order_no` ON `sales_order_lines` (`order_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `sales_order_lines_product` ON `sales_order_lines` (`product_id`,`order_id`);--> statement-breakpoint
CREATE INDEX `sales_order_lines_promotion` ON `sales_order_lines` (`promotion_id`);--> statement-breakpoint
CREATE TABLE `sales_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`customer_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`salesperson_id` text,
	`business_date` text NOT NULL,
	`delivery_date` text,
	`order_discount_fen` integer DEFAULT 0 NOT NULL,
	`gross_fen` integer DEFAULT 0 NOT NULL,
	`discount_fen` integer DEFAULT 0 NOT NULL,
	`amount_fen` integer DEFAULT 0 NOT NULL,
	`delivered_fen` integer DEFAULT 0 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`confirmed_by` text,
	`confirmed_at` text,
	`closed_at` text,
	`close_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`salesperson_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_orders_order_discount_fen_int" CHECK(typeof("sales_orders"."order_discount_fen") = 'integer' OR "sales_orders"."order_discount_fen" IS NULL),
	CONSTRAINT "sales_orders_gross_fen_int" CHECK(typeof("sales_orders"."gross_fen") = 'integer' OR "sales_orders"."gross_fen" IS NULL),
	CONSTRAINT "sales_orders_discount_fen_int" CHECK(typeof("sales_orders"."discount_fen") = 'integer' OR "sales_orders"."discount_fen" IS NULL),
	CONSTRAINT "sales_orders_amount_fen_int" CHECK(typeof("sales_orders"."amount_fen") = 'integer' OR "sales_orders"."amount_fen" IS NULL),
	CONSTRAINT "sales_orders_delivered_fen_int" CHECK(typeof("sales_orders"."delivered_fen") = 'integer' OR "sales_orders"."delivered_fen" IS NULL),
	CONSTRAINT "sales_orders_kind_ok" CHECK("sales_orders"."kind" IN ('presale','van','counter')),
	CONSTRAINT "sales_orders_status_ok" CHECK("sales_orders"."status" IN ('draft','pending_approval','confirmed','partially_delivered','delivered','cancelled','reversed')),
	CONSTRAINT "sales_orders_amounts_ok" CHECK("sales_orders"."order_discount_fen" >= 0 AND "sales_orders"."amount_fen" >= 0 AND "sales_orders"."gross_fen" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_orders_number_unique` ON `sales_orders` (`number`);--> statement-breakpoint
CREATE INDEX `sales_orders_date` ON `sales_orders` (`business_date`,`number`);--> statement-breakpoint
CREATE INDEX `sales_orders_status_date` ON `sales_orders` (`status`,`business_date`);--> statement-breakpoint
CREATE INDEX `sales_orders_kind_date` ON `sales_orders` (`kind`,`business_date`);--> statement-breakpoint
CREATE INDEX `sales_orders_customer_date` ON `sales_orders` (`customer_id`,`business_date`);--> statement-breakpoint
CREATE INDEX `sales_orders_warehouse_date` ON `sales_orders` (`warehouse_id`,`business_date`);--> statement-breakpoint
CREATE TABLE `stock_reservations` (
	`line_id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`product_id` text NOT NULL,
	`qty_base` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`line_id`) REFERENCES `sales_order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_reservations_qty_base_int" CHECK(typeof("stock_reservations"."qty_base") = 'integer' OR "stock_reservations"."qty_base" IS NULL),
	CONSTRAINT "stock_reservations_qty_pos" CHECK("stock_reservations"."qty_base" > 0)
);
--> statement-breakpoint
CREATE INDEX `stock_reservations_stock` ON `stock_reservations` (`warehouse_id`,`product_id`);--> statement-breakpoint
CREATE INDEX `stock_reservations_order` ON `stock_reservations` (`order_id`);