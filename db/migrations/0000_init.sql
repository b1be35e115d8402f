CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`role` text,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`data` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `doc_sequences` (
	`prefix` text NOT NULL,
	`day` text NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `doc_sequences_key` ON `doc_sequences` (`prefix`,`day`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`topic` text NOT NULL,
	`entity_id` text,
	`payload` text NOT NULL,
	`pushed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_id_unique` ON `outbox` (`id`);--> statement-breakpoint
CREATE INDEX `outbox_pending` ON `outbox` (`pushed_at`,`seq`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`ended_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash_unique` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`employee_id` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "users_role_ok" CHECK("users"."role" IN ('owner','accountant','clerk','driver'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `barcodes` (
	`code` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`unit_id` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `barcodes_product` ON `barcodes` (`product_id`);--> statement-breakpoint
CREATE TABLE `brands` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brands_code_unique` ON `brands` (`code`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`parent_id` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_name_unique` ON `categories` (`name`);--> statement-breakpoint
CREATE TABLE `price_limits` (
	`unit_id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`min_price` integer,
	`max_price` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "price_limits_min_price_int" CHECK(typeof("price_limits"."min_price") = 'integer' OR "price_limits"."min_price" IS NULL),
	CONSTRAINT "price_limits_max_price_int" CHECK(typeof("price_limits"."max_price") = 'integer' OR "price_limits"."max_price" IS NULL),
	CONSTRAINT "price_limits_order" CHECK("price_limits"."min_price" IS NULL OR "price_limits"."max_price" IS NULL OR "price_limits"."min_price" <= "price_limits"."max_price")
);
--> statement-breakpoint
CREATE INDEX `price_limits_product` ON `price_limits` (`product_id`);--> statement-breakpoint
CREATE TABLE `price_lists` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `price_lists_code_unique` ON `price_lists` (`code`);--> statement-breakpoint
CREATE TABLE `prices` (
	`price_list_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`product_id` text NOT NULL,
	`price` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`price_list_id`, `unit_id`),
	FOREIGN KEY (`price_list_id`) REFERENCES `price_lists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "prices_price_int" CHECK(typeof("prices"."price") = 'integer' OR "prices"."price" IS NULL),
	CONSTRAINT "prices_nonneg" CHECK("prices"."price" >= 0)
);
--> statement-breakpoint
CREATE INDEX `prices_product` ON `prices` (`product_id`);--> statement-breakpoint
CREATE TABLE `product_units` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`name` text NOT NULL,
	`factor` integer NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "product_units_factor_int" CHECK(typeof("product_units"."factor") = 'integer' OR "product_units"."factor" IS NULL),
	CONSTRAINT "product_units_factor_pos" CHECK("product_units"."factor" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `product_units_name` ON `product_units` (`product_id`,`name`);--> statement-breakpoint
CREATE TABLE `products` (
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
	CONSTRAINT "products_shelf_life_days_int" CHECK(typeof("products"."shelf_life_days") = 'integer' OR "products"."shelf_life_days" IS NULL),
	CONSTRAINT "products_status_ok" CHECK("products"."status" IN ('active','inactive'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE INDEX `products_name` ON `products` (`name`);--> statement-breakpoint
CREATE TABLE `customers` (
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
	CONSTRAINT "customers_credit_limit_int" CHECK(typeof("customers"."credit_limit") = 'integer' OR "customers"."credit_limit" IS NULL),
	CONSTRAINT "customers_payment_terms_days_int" CHECK(typeof("customers"."payment_terms_days") = 'integer' OR "customers"."payment_terms_days" IS NULL),
	CONSTRAINT "customers_credit_nonneg" CHECK("customers"."credit_limit" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_code_unique` ON `customers` (`code`);--> statement-breakpoint
CREATE INDEX `customers_name` ON `customers` (`name`);--> statement-breakpoint
CREATE TABLE `employees` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`search_text` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "employees_role_ok" CHECK("employees"."role" IN ('salesperson','driver','clerk','accountant','other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employees_code_unique` ON `employees` (`code`);--> statement-breakpoint
CREATE TABLE `warehouses` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`driver_id` text,
	`plate` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`driver_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "warehouses_kind_ok" CHECK("warehouses"."kind" IN ('main','van'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `warehouses_code_unique` ON `warehouses` (`code`);