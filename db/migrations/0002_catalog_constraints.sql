CREATE UNIQUE INDEX `brands_name_unique` ON `brands` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `price_lists_name_unique` ON `price_lists` (`name`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_customers` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`region` text DEFAULT '' NOT NULL,
	`channel` text DEFAULT '' NOT NULL,
	`salesperson_id` text,
	`price_list_id` text,
	`credit_limit` integer DEFAULT 0 NOT NULL,
	`payment_terms_days` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`search_text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`salesperson_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`price_list_id`) REFERENCES `price_lists`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "customers_credit_limit_int" CHECK(typeof("__new_customers"."credit_limit") = 'integer' OR "__new_customers"."credit_limit" IS NULL),
	CONSTRAINT "customers_payment_terms_days_int" CHECK(typeof("__new_customers"."payment_terms_days") = 'integer' OR "__new_customers"."payment_terms_days" IS NULL),
	CONSTRAINT "customers_credit_nonneg" CHECK("__new_customers"."credit_limit" >= 0),
	CONSTRAINT "customers_terms_nonneg" CHECK("__new_customers"."payment_terms_days" >= 0)
);
--> statement-breakpoint
INSERT INTO `__new_customers`("id", "code", "name", "contact", "phone", "address", "region", "channel", "salesperson_id", "price_list_id", "credit_limit", "payment_terms_days", "active", "search_text", "created_at", "updated_at") SELECT "id", "code", "name", "contact", "phone", "address", "region", "channel", "salesperson_id", "price_list_id", "credit_limit", "payment_terms_days", "active", "search_text", "created_at", "updated_at" FROM `customers`;--> statement-breakpoint
DROP TABLE `customers`;--> statement-breakpoint
ALTER TABLE `__new_customers` RENAME TO `customers`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `customers_code_unique` ON `customers` (`code`);--> statement-breakpoint
CREATE INDEX `customers_name` ON `customers` (`name`);--> statement-breakpoint
CREATE INDEX `customers_salesperson` ON `customers` (`salesperson_id`);--> statement-breakpoint
CREATE TABLE `__new_products` (
	`id` text PRIMARY KEY NOT NULL,
	`sku` text NOT NULL,
	`name` text NOT NULL,
	`spec` text DEFAULT '' NOT NULL,
	`brand_id` text,
	`category_id` text,
	`base_unit` text NOT NULL,
	`shelf_life_days` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`search_text` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "products_shelf_life_days_int" CHECK(typeof("__new_products"."shelf_life_days") = 'integer' OR "__new_products"."shelf_life_days" IS NULL),
	CONSTRAINT "products_shelf_life_nonneg" CHECK("__new_products"."shelf_life_days" IS NULL OR "__new_products"."shelf_life_days" >= 0),
	CONSTRAINT "products_status_ok" CHECK("__new_products"."status" IN ('active','inactive'))
);
--> statement-breakpoint
INSERT INTO `__new_products`("id", "sku", "name", "spec", "brand_id", "category_id", "base_unit", "shelf_life_days", "status", "search_text", "created_at", "updated_at") SELECT "id", "sku", "name", "spec", "brand_id", "category_id", "base_unit", "shelf_life_days", "status", "search_text", "created_at", "updated_at" FROM `products`;--> statement-breakpoint
DROP TABLE `products`;--> statement-breakpoint
ALTER TABLE `__new_products` RENAME TO `products`;--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE INDEX `products_name` ON `products` (`name`);