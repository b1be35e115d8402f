CREATE TABLE `batches` (
	`id` text PRIMARY KEY NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text NOT NULL,
	`produced_on` text,
	`expires_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `batches_product_no` ON `batches` (`product_id`,`batch_no`);--> statement-breakpoint
CREATE INDEX `batches_expiry` ON `batches` (`expires_on`);--> statement-breakpoint
CREATE TABLE `stock_balances` (
	`warehouse_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_id` text NOT NULL,
	`in_transit` integer NOT NULL,
	`qty` integer NOT NULL,
	PRIMARY KEY(`warehouse_id`, `product_id`, `batch_id`, `in_transit`),
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_balances_qty_int" CHECK(typeof("stock_balances"."qty") = 'integer' OR "stock_balances"."qty" IS NULL),
	CONSTRAINT "stock_balances_nonneg" CHECK("stock_balances"."qty" >= 0)
);
--> statement-breakpoint
CREATE INDEX `stock_balances_product` ON `stock_balances` (`product_id`,`warehouse_id`);--> statement-breakpoint
CREATE INDEX `stock_balances_batch` ON `stock_balances` (`batch_id`);--> statement-breakpoint
CREATE TABLE `stock_costs` (
	`product_id` text PRIMARY KEY NOT NULL,
	`qty` integer NOT NULL,
	`value` integer NOT NULL,
	`last_in_qty` integer DEFAULT 0 NOT NULL,
	`last_in_value` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_costs_qty_int" CHECK(typeof("stock_costs"."qty") = 'integer' OR "stock_costs"."qty" IS NULL),
	CONSTRAINT "stock_costs_value_int" CHECK(typeof("stock_costs"."value") = 'integer' OR "stock_costs"."value" IS NULL),
	CONSTRAINT "stock_costs_last_in_qty_int" CHECK(typeof("stock_costs"."last_in_qty") = 'integer' OR "stock_costs"."last_in_qty" IS NULL),
	CONSTRAINT "stock_costs_last_in_value_int" CHECK(typeof("stock_costs"."last_in_value") = 'integer' OR "stock_costs"."last_in_value" IS NULL),
	CONSTRAINT "stock_costs_qty_nonneg" CHECK("stock_costs"."qty" >= 0),
	CONSTRAINT "stock_costs_value_nonneg" CHECK("stock_costs"."value" >= 0)
);
--> statement-breakpoint
CREATE TABLE `stock_document_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` text NOT NULL,
	`unit_id` text,
	`unit_name` text NOT NULL,
	`factor` integer NOT NULL,
	`qty` integer NOT NULL,
	`qty_base` integer NOT NULL,
	`batch_id` text,
	`price` integer,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_document_lines_line_no_int" CHECK(typeof("stock_document_lines"."line_no") = 'integer' OR "stock_document_lines"."line_no" IS NULL),
	CONSTRAINT "stock_document_lines_factor_int" CHECK(typeof("stock_document_lines"."factor") = 'integer' OR "stock_document_lines"."factor" IS NULL),
	CONSTRAINT "stock_document_lines_qty_int" CHECK(typeof("stock_document_lines"."qty") = 'integer' OR "stock_document_lines"."qty" IS NULL),
	CONSTRAINT "stock_document_lines_qty_base_int" CHECK(typeof("stock_document_lines"."qty_base") = 'integer' OR "stock_document_lines"."qty_base" IS NULL),
	CONSTRAINT "stock_document_lines_price_int" CHECK(typeof("stock_document_lines"."price") = 'integer' OR "stock_document_lines"."price" IS NULL),
	CONSTRAINT "stock_document_lines_factor_pos" CHECK("stock_document_lines"."factor" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_document_lines_no` ON `stock_document_lines` (`doc_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `stock_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`to_warehouse_id` text,
	`kind` text,
	`reason` text DEFAULT '' NOT NULL,
	`business_date` text NOT NULL,
	`reverses_id` text,
	`reversed_by_id` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`posted_by` text,
	`posted_at` text,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reversed_by_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_documents_type_ok" CHECK("stock_documents"."type" IN ('receipt','transfer','van_load','van_return','adjustment','reversal')),
	CONSTRAINT "stock_documents_status_ok" CHECK("stock_documents"."status" IN ('draft','pending','in_transit','posted','reversed','cancelled')),
	CONSTRAINT "stock_documents_kind_ok" CHECK("stock_documents"."kind" IS NULL OR "stock_documents"."kind" IN ('damage','sample','write_off','stocktake'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_documents_number_unique` ON `stock_documents` (`number`);--> statement-breakpoint
CREATE INDEX `stock_documents_type_status` ON `stock_documents` (`type`,`status`);--> statement-breakpoint
CREATE INDEX `stock_documents_date` ON `stock_documents` (`business_date`);--> statement-breakpoint
CREATE INDEX `stock_documents_warehouse` ON `stock_documents` (`warehouse_id`);--> statement-breakpoint
CREATE TABLE `stock_moves` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_id` text NOT NULL,
	`doc_type` text NOT NULL,
	`doc_number` text NOT NULL,
	`line_no` integer NOT NULL,
	`warehouse_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_id` text NOT NULL,
	`in_transit` integer NOT NULL,
	`qty` integer NOT NULL,
	`value` integer NOT NULL,
	`business_date` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`doc_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stock_moves_line_no_int" CHECK(typeof("stock_moves"."line_no") = 'integer' OR "stock_moves"."line_no" IS NULL),
	CONSTRAINT "stock_moves_qty_int" CHECK(typeof("stock_moves"."qty") = 'integer' OR "stock_moves"."qty" IS NULL),
	CONSTRAINT "stock_moves_value_int" CHECK(typeof("stock_moves"."value") = 'integer' OR "stock_moves"."value" IS NULL),
	CONSTRAINT "stock_moves_qty_nonzero" CHECK("stock_moves"."qty" <> 0)
);
--> statement-breakpoint
CREATE INDEX `stock_moves_doc` ON `stock_moves` (`doc_id`);--> statement-breakpoint
CREATE INDEX `stock_moves_key` ON `stock_moves` (`warehouse_id`,`product_id`,`batch_id`);--> statement-breakpoint
CREATE INDEX `stock_moves_product` ON `stock_moves` (`product_id`);--> statement-breakpoint
CREATE TABLE `stocktake_counts` (
	`stocktake_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text NOT NULL,
	`qty` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`stocktake_id`, `product_id`, `batch_no`),
	FOREIGN KEY (`stocktake_id`) REFERENCES `stocktakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stocktake_counts_qty_int" CHECK(typeof("stocktake_counts"."qty") = 'integer' OR "stocktake_counts"."qty" IS NULL),
	CONSTRAINT "stocktake_counts_nonneg" CHECK("stocktake_counts"."qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE `stocktake_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`stocktake_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text NOT NULL,
	`qty` integer NOT NULL,
	`source` text NOT NULL,
	`raw` text,
	`code` text,
	`user_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`stocktake_id`) REFERENCES `stocktakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stocktake_entries_qty_int" CHECK(typeof("stocktake_entries"."qty") = 'integer' OR "stocktake_entries"."qty" IS NULL)
);
--> statement-breakpoint
CREATE INDEX `stocktake_entries_stocktake` ON `stocktake_entries` (`stocktake_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `stocktake_entries_code` ON `stocktake_entries` (`stocktake_id`,`code`);--> statement-breakpoint
CREATE TABLE `stocktake_snapshot` (
	`stocktake_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_id` text NOT NULL,
	`book_qty` integer NOT NULL,
	PRIMARY KEY(`stocktake_id`, `product_id`, `batch_id`),
	FOREIGN KEY (`stocktake_id`) REFERENCES `stocktakes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stocktake_snapshot_book_qty_int" CHECK(typeof("stocktake_snapshot"."book_qty") = 'integer' OR "stocktake_snapshot"."book_qty" IS NULL)
);
--> statement-breakpoint
CREATE TABLE `stocktakes` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`category_id` text,
	`status` text NOT NULL,
	`business_date` text NOT NULL,
	`started_by` text,
	`started_at` text NOT NULL,
	`closed_at` text,
	`approved_by` text,
	`approved_at` text,
	`adjustment_id` text,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`adjustment_id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "stocktakes_status_ok" CHECK("stocktakes"."status" IN ('counting','review','approved','cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stocktakes_number_unique` ON `stocktakes` (`number`);--> statement-breakpoint
CREATE INDEX `stocktakes_warehouse` ON `stocktakes` (`warehouse_id`,`status`);--> statement-breakpoint
CREATE TABLE `variance_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text DEFAULT '' NOT NULL,
	`expected_qty` integer NOT NULL,
	`actual_qty` integer NOT NULL,
	`damaged_qty` integer DEFAULT 0 NOT NULL,
	`diff_qty` integer NOT NULL,
	`diff_value` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `variance_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "variance_lines_expected_qty_int" CHECK(typeof("variance_lines"."expected_qty") = 'integer' OR "variance_lines"."expected_qty" IS NULL),
	CONSTRAINT "variance_lines_actual_qty_int" CHECK(typeof("variance_lines"."actual_qty") = 'integer' OR "variance_lines"."actual_qty" IS NULL),
	CONSTRAINT "variance_lines_damaged_qty_int" CHECK(typeof("variance_lines"."damaged_qty") = 'integer' OR "variance_lines"."damaged_qty" IS NULL),
	CONSTRAINT "variance_lines_diff_qty_int" CHECK(typeof("variance_lines"."diff_qty") = 'integer' OR "variance_lines"."diff_qty" IS NULL),
	CONSTRAINT "variance_lines_diff_value_int" CHECK(typeof("variance_lines"."diff_value") = 'integer' OR "variance_lines"."diff_value" IS NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `variance_lines_no` ON `variance_lines` (`report_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `variance_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`source_id` text NOT NULL,
	`source_number` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`business_date` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "variance_reports_kind_ok" CHECK("variance_reports"."kind" IN ('receiving','transfer','van_return','stocktake'))
);
--> statement-breakpoint
CREATE INDEX `variance_reports_source` ON `variance_reports` (`source_id`);--> statement-breakpoint
CREATE TABLE `asn_codes` (
	`asn_id` text NOT NULL,
	`code` text NOT NULL,
	`line_no` integer NOT NULL,
	PRIMARY KEY(`asn_id`, `code`),
	FOREIGN KEY (`asn_id`) REFERENCES `asns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `asn_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`asn_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`factor` integer NOT NULL,
	`qty` integer NOT NULL,
	`qty_base` integer NOT NULL,
	`batch_no` text DEFAULT '' NOT NULL,
	`produced_on` text,
	`expires_on` text,
	`price` integer,
	FOREIGN KEY (`asn_id`) REFERENCES `asns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asn_lines_factor_int" CHECK(typeof("asn_lines"."factor") = 'integer' OR "asn_lines"."factor" IS NULL),
	CONSTRAINT "asn_lines_qty_int" CHECK(typeof("asn_lines"."qty") = 'integer' OR "asn_lines"."qty" IS NULL),
	CONSTRAINT "asn_lines_qty_base_int" CHECK(typeof("asn_lines"."qty_base") = 'integer' OR "asn_lines"."qty_base" IS NULL),
	CONSTRAINT "asn_lines_price_int" CHECK(typeof("asn_lines"."price") = 'integer' OR "asn_lines"."price" IS NULL),
	CONSTRAINT "asn_lines_qty_pos" CHECK("asn_lines"."qty" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `asn_lines_no` ON `asn_lines` (`asn_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `asns` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`asn_no` text NOT NULL,
	`po_id` text,
	`shipped_on` text,
	`status` text NOT NULL,
	`source_file` text DEFAULT '' NOT NULL,
	`imported_by` text,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`po_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "asns_status_ok" CHECK("asns"."status" IN ('open','received','cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `asns_brand_no` ON `asns` (`brand_id`,`asn_no`);--> statement-breakpoint
CREATE TABLE `purchase_order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`po_id` text NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`factor` integer NOT NULL,
	`qty` integer NOT NULL,
	`qty_base` integer NOT NULL,
	`price` integer NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`po_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "purchase_order_lines_factor_int" CHECK(typeof("purchase_order_lines"."factor") = 'integer' OR "purchase_order_lines"."factor" IS NULL),
	CONSTRAINT "purchase_order_lines_qty_int" CHECK(typeof("purchase_order_lines"."qty") = 'integer' OR "purchase_order_lines"."qty" IS NULL),
	CONSTRAINT "purchase_order_lines_qty_base_int" CHECK(typeof("purchase_order_lines"."qty_base") = 'integer' OR "purchase_order_lines"."qty_base" IS NULL),
	CONSTRAINT "purchase_order_lines_price_int" CHECK(typeof("purchase_order_lines"."price") = 'integer' OR "purchase_order_lines"."price" IS NULL),
	CONSTRAINT "purchase_order_lines_amount_int" CHECK(typeof("purchase_order_lines"."amount") = 'integer' OR "purchase_order_lines"."amount" IS NULL),
	CONSTRAINT "purchase_order_lines_qty_pos" CHECK("purchase_order_lines"."qty" > 0),
	CONSTRAINT "purchase_order_lines_price_nonneg" CHECK("purchase_order_lines"."price" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_order_lines_no` ON `purchase_order_lines` (`po_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `purchase_orders` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`brand_id` text NOT NULL,
	`warehouse_id` text NOT NULL,
	`status` text NOT NULL,
	`expected_on` text,
	`note` text DEFAULT '' NOT NULL,
	`total` integer NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`submitted_at` text,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "purchase_orders_total_int" CHECK(typeof("purchase_orders"."total") = 'integer' OR "purchase_orders"."total" IS NULL),
	CONSTRAINT "purchase_orders_status_ok" CHECK("purchase_orders"."status" IN ('draft','submitted','received','cancelled'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_orders_number_unique` ON `purchase_orders` (`number`);--> statement-breakpoint
CREATE INDEX `purchase_orders_brand` ON `purchase_orders` (`brand_id`,`status`);--> statement-breakpoint
CREATE TABLE `receiving_counts` (
	`session_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text NOT NULL,
	`produced_on` text,
	`expires_on` text,
	`qty` integer NOT NULL,
	`damaged` integer DEFAULT 0 NOT NULL,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`session_id`, `product_id`, `batch_no`),
	FOREIGN KEY (`session_id`) REFERENCES `receiving_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "receiving_counts_qty_int" CHECK(typeof("receiving_counts"."qty") = 'integer' OR "receiving_counts"."qty" IS NULL),
	CONSTRAINT "receiving_counts_damaged_int" CHECK(typeof("receiving_counts"."damaged") = 'integer' OR "receiving_counts"."damaged" IS NULL),
	CONSTRAINT "receiving_counts_ordinal_int" CHECK(typeof("receiving_counts"."ordinal") = 'integer' OR "receiving_counts"."ordinal" IS NULL),
	CONSTRAINT "receiving_counts_nonneg" CHECK("receiving_counts"."qty" >= 0 AND "receiving_counts"."damaged" >= 0 AND "receiving_counts"."damaged" <= "receiving_counts"."qty")
);
--> statement-breakpoint
CREATE TABLE `receiving_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text NOT NULL,
	`qty` integer NOT NULL,
	`damaged` integer DEFAULT 0 NOT NULL,
	`source` text NOT NULL,
	`raw` text,
	`code` text,
	`user_id` text,
	`at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `receiving_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "receiving_entries_qty_int" CHECK(typeof("receiving_entries"."qty") = 'integer' OR "receiving_entries"."qty" IS NULL),
	CONSTRAINT "receiving_entries_damaged_int" CHECK(typeof("receiving_entries"."damaged") = 'integer' OR "receiving_entries"."damaged" IS NULL)
);
--> statement-breakpoint
CREATE INDEX `receiving_entries_session` ON `receiving_entries` (`session_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `receiving_entries_code` ON `receiving_entries` (`session_id`,`code`);--> statement-breakpoint
CREATE TABLE `receiving_expected` (
	`session_id` text NOT NULL,
	`product_id` text NOT NULL,
	`batch_no` text NOT NULL,
	`produced_on` text,
	`expires_on` text,
	`qty` integer NOT NULL,
	`unit_name` text NOT NULL,
	`factor` integer NOT NULL,
	`price` integer,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`session_id`, `product_id`, `batch_no`),
	FOREIGN KEY (`session_id`) REFERENCES `receiving_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "receiving_expected_qty_int" CHECK(typeof("receiving_expected"."qty") = 'integer' OR "receiving_expected"."qty" IS NULL),
	CONSTRAINT "receiving_expected_factor_int" CHECK(typeof("receiving_expected"."factor") = 'integer' OR "receiving_expected"."factor" IS NULL),
	CONSTRAINT "receiving_expected_price_int" CHECK(typeof("receiving_expected"."price") = 'integer' OR "receiving_expected"."price" IS NULL),
	CONSTRAINT "receiving_expected_ordinal_int" CHECK(typeof("receiving_expected"."ordinal") = 'integer' OR "receiving_expected"."ordinal" IS NULL)
);
--> statement-breakpoint
CREATE TABLE `receiving_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`asn_id` text,
	`po_id` text,
	`report_id` text,
	FOREIGN KEY (`id`) REFERENCES `stock_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asn_id`) REFERENCES `asns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`po_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "receiving_sessions_source_ok" CHECK("receiving_sessions"."source" IN ('asn','po','blind'))
);
