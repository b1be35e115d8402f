CREATE TABLE `trace_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`level` text NOT NULL,
	`product_id` text NOT NULL,
	`unit_id` text,
	`parent_code` text,
	`batch` text,
	`produced_on` text,
	`expires_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trace_codes_parent` ON `trace_codes` (`parent_code`);--> statement-breakpoint
CREATE INDEX `trace_codes_product` ON `trace_codes` (`product_id`);