CREATE INDEX `products_search` ON `products` (`search_text`,`status`,`sku`,`name`);--> statement-breakpoint
CREATE INDEX `customers_search` ON `customers` (`search_text`,`active`,`code`,`name`);