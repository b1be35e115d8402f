CREATE TABLE `sales_return_codes` (
	`return_id` text NOT NULL,
	`line_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`return_id`, `code`),
	FOREIGN KEY (`return_id`) REFERENCES `sales_returns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `sales_return_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sales_return_codes_code` ON `sales_return_codes` (`code`);--> statement-breakpoint
CREATE TABLE `sales_return_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`return_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`kind` text NOT NULL,
	`condition` text,
	`product_id` text NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`factor` integer NOT NULL,
	`qty` integer NOT NULL,
	`qty_base` integer NOT NULL,
	`price_fen` integer NOT NULL,
	`amount_fen` integer NOT NULL,
	`price_source` text NOT NULL,
	`order_line_id` text,
	`batch_id` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `sales_returns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_line_id`) REFERENCES `sales_order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_return_lines_line_no_int" CHECK(typeof("sales_return_lines"."line_no") = 'integer' OR "sales_return_lines"."line_no" IS NULL),
	CONSTRAINT "sales_return_lines_factor_int" CHECK(typeof("sales_return_lines"."factor") = 'integer' OR "sales_return_lines"."factor" IS NULL),
	CONSTRAINT "sales_return_lines_qty_int" CHECK(typeof("sales_return_lines"."qty") = 'integer' OR "sales_return_lines"."qty" IS NULL),
	CONSTRAINT "sales_return_lines_qty_base_int" CHECK(typeof("sales_return_lines"."qty_base") = 'integer' OR "sales_return_lines"."qty_base" IS NULL),
	CONSTRAINT "sales_return_lines_price_fen_int" CHECK(typeof("sales_return_lines"."price_fen") = 'integer' OR "sales_return_lines"."price_fen" IS NULL),
	CONSTRAINT "sales_return_lines_amount_fen_int" CHECK(typeof("sales_return_lines"."amount_fen") = 'integer' OR "sales_return_lines"."amount_fen" IS NULL),
	CONSTRAINT "sales_return_lines_kind_ok" CHECK("sales_return_lines"."kind" IN ('return','exchange','gift')),
	CONSTRAINT "sales_return_lines_condition_ok" CHECK(("sales_return_lines"."kind" = 'return' AND "sales_return_lines"."condition" IN ('saleable','damaged')) OR ("sales_return_lines"."kind" <> 'return' AND "sales_return_lines"."condition" IS NULL)),
	CONSTRAINT "sales_return_lines_price_source_ok" CHECK("sales_return_lines"."price_source" IN ('order','last','list','manual','gift')),
	CONSTRAINT "sales_return_lines_qty_pos" CHECK("sales_return_lines"."qty" > 0 AND "sales_return_lines"."qty_base" > 0 AND "sales_return_lines"."factor" > 0),
	CONSTRAINT "sales_return_lines_money_ok" CHECK("sales_return_lines"."price_fen" >= 0 AND "sales_return_lines"."amount_fen" >= 0 AND ("sales_return_lines"."kind" <> 'gift' OR "sales_return_lines"."amount_fen" = 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_return_lines_no` ON `sales_return_lines` (`return_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `sales_return_lines_order_line` ON `sales_return_lines` (`order_line_id`);--> statement-breakpoint
CREATE TABLE `sales_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`status` text NOT NULL,
	`customer_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`order_id` text,
	`business_date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`return_fen` integer DEFAULT 0 NOT NULL,
	`out_fen` integer DEFAULT 0 NOT NULL,
	`diff_fen` integer DEFAULT 0 NOT NULL,
	`in_doc_id` text,
	`out_doc_id` text,
	`damage_doc_id` text,
	`ar_item_id` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`posted_by` text,
	`posted_at` text,
	`reversed_by` text,
	`reversed_at` text,
	`reverse_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`in_doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`out_doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`damage_doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ar_item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_returns_return_fen_int" CHECK(typeof("sales_returns"."return_fen") = 'integer' OR "sales_returns"."return_fen" IS NULL),
	CONSTRAINT "sales_returns_out_fen_int" CHECK(typeof("sales_returns"."out_fen") = 'integer' OR "sales_returns"."out_fen" IS NULL),
	CONSTRAINT "sales_returns_diff_fen_int" CHECK(typeof("sales_returns"."diff_fen") = 'integer' OR "sales_returns"."diff_fen" IS NULL),
	CONSTRAINT "sales_returns_status_ok" CHECK("sales_returns"."status" IN ('draft','posted','reversed','cancelled')),
	CONSTRAINT "sales_returns_amounts_ok" CHECK("sales_returns"."return_fen" >= 0 AND "sales_returns"."out_fen" >= 0 AND "sales_returns"."diff_fen" = "sales_returns"."out_fen" - "sales_returns"."return_fen")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_returns_number_unique` ON `sales_returns` (`number`);--> statement-breakpoint
CREATE INDEX `sales_returns_date` ON `sales_returns` (`business_date`,`number`);--> statement-breakpoint
CREATE INDEX `sales_returns_customer` ON `sales_returns` (`customer_id`,`business_date`);--> statement-breakpoint
CREATE INDEX `sales_returns_order` ON `sales_returns` (`order_id`);