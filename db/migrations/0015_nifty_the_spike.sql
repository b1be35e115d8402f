CREATE TABLE `delivery_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` blob NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "delivery_attachments_size_int" CHECK(typeof("delivery_attachments"."size") = 'integer' OR "delivery_attachments"."size" IS NULL),
	CONSTRAINT "delivery_attachments_mime_ok" CHECK("delivery_attachments"."mime" IN ('image/png','image/jpeg')),
	CONSTRAINT "delivery_attachments_size_ok" CHECK("delivery_attachments"."size" > 0 AND "delivery_attachments"."size" <= 4194304)
);
--> statement-breakpoint
CREATE INDEX `delivery_attachments_order` ON `delivery_attachments` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_trace_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`line_id` text NOT NULL,
	`code` text NOT NULL,
	`product_id` text NOT NULL,
	`level` text NOT NULL,
	`qty_base` integer NOT NULL,
	`scanned_at` text NOT NULL,
	`scanned_by` text,
	`delivery_id` text,
	`shipped_at` text,
	FOREIGN KEY (`order_id`) REFERENCES `sales_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`line_id`) REFERENCES `sales_order_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`code`) REFERENCES `trace_codes`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delivery_id`) REFERENCES `sales_deliveries`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "order_trace_codes_qty_base_int" CHECK(typeof("order_trace_codes"."qty_base") = 'integer' OR "order_trace_codes"."qty_base" IS NULL),
	CONSTRAINT "order_trace_codes_qty_pos" CHECK("order_trace_codes"."qty_base" > 0),
	CONSTRAINT "order_trace_codes_level_ok" CHECK("order_trace_codes"."level" IN ('case','box','item'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_trace_codes_order_code` ON `order_trace_codes` (`order_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `order_trace_codes_waiting` ON `order_trace_codes` (`code`) WHERE "order_trace_codes"."delivery_id" IS NULL;--> statement-breakpoint
CREATE INDEX `order_trace_codes_line` ON `order_trace_codes` (`line_id`);