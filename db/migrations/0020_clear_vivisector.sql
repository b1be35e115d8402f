CREATE TABLE `product_locations` (
	`warehouse_id` text NOT NULL,
	`product_id` text NOT NULL,
	`location` text NOT NULL,
	`updated_by` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`warehouse_id`, `product_id`),
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `product_locations_location` ON `product_locations` (`warehouse_id`,`location`);--> statement-breakpoint
ALTER TABLE `stocktakes` ADD `location_prefix` text;