CREATE TABLE `ar_allocations` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`customer_id` text NOT NULL,
	`debit_item_id` text NOT NULL,
	`credit_item_id` text NOT NULL,
	`amount` integer NOT NULL,
	`business_date` text NOT NULL,
	`reversal_of` text,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`debit_item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credit_item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ar_allocations_amount_int" CHECK(typeof("ar_allocations"."amount") = 'integer' OR "ar_allocations"."amount" IS NULL),
	CONSTRAINT "ar_allocations_amount_nonzero" CHECK("ar_allocations"."amount" <> 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ar_allocations_id_unique` ON `ar_allocations` (`id`);--> statement-breakpoint
CREATE INDEX `ar_allocations_debit` ON `ar_allocations` (`debit_item_id`);--> statement-breakpoint
CREATE INDEX `ar_allocations_credit` ON `ar_allocations` (`credit_item_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ar_allocations_reversal_once` ON `ar_allocations` (`reversal_of`);--> statement-breakpoint
CREATE TABLE `ar_balances` (
	`customer_id` text PRIMARY KEY NOT NULL,
	`balance` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ar_balances_balance_int" CHECK(typeof("ar_balances"."balance") = 'integer' OR "ar_balances"."balance" IS NULL)
);
--> statement-breakpoint
CREATE TABLE `ar_entries` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`customer_id` text NOT NULL,
	`item_id` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`business_date` text NOT NULL,
	`reversal_of` text,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ar_entries_amount_int" CHECK(typeof("ar_entries"."amount") = 'integer' OR "ar_entries"."amount" IS NULL),
	CONSTRAINT "ar_entries_amount_nonzero" CHECK("ar_entries"."amount" <> 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ar_entries_id_unique` ON `ar_entries` (`id`);--> statement-breakpoint
CREATE INDEX `ar_entries_customer` ON `ar_entries` (`customer_id`,`business_date`);--> statement-breakpoint
CREATE INDEX `ar_entries_item` ON `ar_entries` (`item_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `ar_entries_reversal_once` ON `ar_entries` (`reversal_of`);--> statement-breakpoint
CREATE TABLE `ar_item_open` (
	`item_id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`side` text NOT NULL,
	`open` integer NOT NULL,
	`business_date` text NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ar_item_open_open_int" CHECK(typeof("ar_item_open"."open") = 'integer' OR "ar_item_open"."open" IS NULL),
	CONSTRAINT "ar_item_open_amount_int" CHECK(typeof("ar_item_open"."amount") = 'integer' OR "ar_item_open"."amount" IS NULL),
	CONSTRAINT "ar_item_open_range" CHECK("ar_item_open"."open" >= 0 AND "ar_item_open"."open" <= "ar_item_open"."amount")
);
--> statement-breakpoint
CREATE INDEX `ar_item_open_customer` ON `ar_item_open` (`customer_id`,`side`,`open`);--> statement-breakpoint
CREATE INDEX `ar_item_open_amount` ON `ar_item_open` (`side`,`open`);--> statement-breakpoint
CREATE TABLE `ar_items` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_no` text NOT NULL,
	`customer_id` text NOT NULL,
	`kind` text NOT NULL,
	`source_type` text NOT NULL,
	`source_id` text,
	`source_no` text DEFAULT '' NOT NULL,
	`business_date` text NOT NULL,
	`due_date` text,
	`amount` integer NOT NULL,
	`method` text,
	`employee_id` text,
	`reference` text DEFAULT '' NOT NULL,
	`payer_name` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employee_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ar_items_amount_int" CHECK(typeof("ar_items"."amount") = 'integer' OR "ar_items"."amount" IS NULL),
	CONSTRAINT "ar_items_amount_pos" CHECK("ar_items"."amount" > 0),
	CONSTRAINT "ar_items_kind_ok" CHECK("ar_items"."kind" IN ('invoice','refund','receipt','credit')),
	CONSTRAINT "ar_items_method_ok" CHECK("ar_items"."method" IS NULL OR "ar_items"."method" IN ('cash','bank','wechat','alipay','other'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ar_items_doc_no_unique` ON `ar_items` (`doc_no`);--> statement-breakpoint
CREATE INDEX `ar_items_customer` ON `ar_items` (`customer_id`,`kind`,`business_date`);--> statement-breakpoint
CREATE INDEX `ar_items_employee` ON `ar_items` (`employee_id`,`business_date`);--> statement-breakpoint
CREATE INDEX `ar_items_source` ON `ar_items` (`source_type`,`source_id`);--> statement-breakpoint
CREATE INDEX `ar_items_reference` ON `ar_items` (`reference`);--> statement-breakpoint
CREATE TABLE `cash_handover_approvals` (
	`handover_id` text PRIMARY KEY NOT NULL,
	`approved_at` text NOT NULL,
	`approved_by` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`handover_id`) REFERENCES `cash_handovers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `cash_handovers` (
	`id` text PRIMARY KEY NOT NULL,
	`doc_no` text NOT NULL,
	`driver_id` text NOT NULL,
	`business_date` text NOT NULL,
	`cash_receipts` integer NOT NULL,
	`cash_refunds` integer NOT NULL,
	`expenses` integer NOT NULL,
	`expected` integer NOT NULL,
	`denominations` text NOT NULL,
	`counted` integer NOT NULL,
	`epayments` integer NOT NULL,
	`variance` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`driver_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cash_handovers_cash_receipts_int" CHECK(typeof("cash_handovers"."cash_receipts") = 'integer' OR "cash_handovers"."cash_receipts" IS NULL),
	CONSTRAINT "cash_handovers_cash_refunds_int" CHECK(typeof("cash_handovers"."cash_refunds") = 'integer' OR "cash_handovers"."cash_refunds" IS NULL),
	CONSTRAINT "cash_handovers_expenses_int" CHECK(typeof("cash_handovers"."expenses") = 'integer' OR "cash_handovers"."expenses" IS NULL),
	CONSTRAINT "cash_handovers_expected_int" CHECK(typeof("cash_handovers"."expected") = 'integer' OR "cash_handovers"."expected" IS NULL),
	CONSTRAINT "cash_handovers_counted_int" CHECK(typeof("cash_handovers"."counted") = 'integer' OR "cash_handovers"."counted" IS NULL),
	CONSTRAINT "cash_handovers_epayments_int" CHECK(typeof("cash_handovers"."epayments") = 'integer' OR "cash_handovers"."epayments" IS NULL),
	CONSTRAINT "cash_handovers_variance_int" CHECK(typeof("cash_handovers"."variance") = 'integer' OR "cash_handovers"."variance" IS NULL),
	CONSTRAINT "cash_handovers_sum" CHECK("cash_handovers"."variance" = "cash_handovers"."counted" + "cash_handovers"."epayments" - "cash_handovers"."expected")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cash_handovers_doc_no_unique` ON `cash_handovers` (`doc_no`);--> statement-breakpoint
CREATE UNIQUE INDEX `cash_handovers_driver_day` ON `cash_handovers` (`driver_id`,`business_date`);--> statement-breakpoint
CREATE TABLE `driver_cash_entries` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`driver_id` text NOT NULL,
	`handover_id` text,
	`business_date` text NOT NULL,
	`amount` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`driver_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handover_id`) REFERENCES `cash_handovers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "driver_cash_entries_amount_int" CHECK(typeof("driver_cash_entries"."amount") = 'integer' OR "driver_cash_entries"."amount" IS NULL)
);
--> statement-breakpoint
CREATE INDEX `driver_cash_entries_driver` ON `driver_cash_entries` (`driver_id`);--> statement-breakpoint
CREATE TABLE `driver_expenses` (
	`id` text PRIMARY KEY NOT NULL,
	`driver_id` text NOT NULL,
	`business_date` text NOT NULL,
	`amount` integer NOT NULL,
	`category` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`approved_at` text,
	`approved_by` text,
	FOREIGN KEY (`driver_id`) REFERENCES `employees`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "driver_expenses_amount_int" CHECK(typeof("driver_expenses"."amount") = 'integer' OR "driver_expenses"."amount" IS NULL),
	CONSTRAINT "driver_expenses_pos" CHECK("driver_expenses"."amount" > 0)
);
--> statement-breakpoint
CREATE INDEX `driver_expenses_day` ON `driver_expenses` (`driver_id`,`business_date`);--> statement-breakpoint
CREATE TABLE `payer_aliases` (
	`payer_name` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`confirmations` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payer_aliases_customer` ON `payer_aliases` (`customer_id`);--> statement-breakpoint
CREATE TABLE `period_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`month` text NOT NULL,
	`action` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	CONSTRAINT "period_events_action_ok" CHECK("period_events"."action" IN ('close','reopen'))
);
--> statement-breakpoint
CREATE INDEX `period_events_month` ON `period_events` (`month`,`seq`);--> statement-breakpoint
CREATE TABLE `statement_files` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`source` text NOT NULL,
	`layout` text NOT NULL,
	`file_name` text NOT NULL,
	`line_count` integer NOT NULL,
	`new_lines` integer NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_files_sha256_unique` ON `statement_files` (`sha256`);--> statement-breakpoint
CREATE TABLE `statement_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`file_id` text NOT NULL,
	`line_hash` text NOT NULL,
	`source` text NOT NULL,
	`txn_time` text NOT NULL,
	`business_date` text NOT NULL,
	`amount` integer NOT NULL,
	`payer_name` text DEFAULT '' NOT NULL,
	`payer_account` text DEFAULT '' NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`memo` text DEFAULT '' NOT NULL,
	`raw` text NOT NULL,
	FOREIGN KEY (`file_id`) REFERENCES `statement_files`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "statement_lines_amount_int" CHECK(typeof("statement_lines"."amount") = 'integer' OR "statement_lines"."amount" IS NULL),
	CONSTRAINT "statement_lines_pos" CHECK("statement_lines"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_lines_line_hash_unique` ON `statement_lines` (`line_hash`);--> statement-breakpoint
CREATE INDEX `statement_lines_date` ON `statement_lines` (`business_date`);--> statement-breakpoint
CREATE INDEX `statement_lines_reference` ON `statement_lines` (`reference`);--> statement-breakpoint
CREATE TABLE `statement_mappings` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statement_matches` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`line_id` text NOT NULL,
	`receipt_id` text NOT NULL,
	`created` integer NOT NULL,
	`auto` integer NOT NULL,
	`rule` text NOT NULL,
	`reversal_of` text,
	`at` text NOT NULL,
	`user_id` text,
	FOREIGN KEY (`line_id`) REFERENCES `statement_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`receipt_id`) REFERENCES `ar_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_matches_id_unique` ON `statement_matches` (`id`);--> statement-breakpoint
CREATE INDEX `statement_matches_line` ON `statement_matches` (`line_id`);--> statement-breakpoint
CREATE INDEX `statement_matches_receipt` ON `statement_matches` (`receipt_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `statement_matches_reversal_once` ON `statement_matches` (`reversal_of`);--> statement-breakpoint
-- Receivables, allocations, driver cash, statement matches and period events are ledgers: rows are only added.
CREATE TRIGGER `ar_items_no_update` BEFORE UPDATE ON `ar_items`
BEGIN SELECT RAISE(ABORT, 'ar_items is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ar_items_no_delete` BEFORE DELETE ON `ar_items`
BEGIN SELECT RAISE(ABORT, 'ar_items is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ar_entries_no_update` BEFORE UPDATE ON `ar_entries`
BEGIN SELECT RAISE(ABORT, 'ar_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ar_entries_no_delete` BEFORE DELETE ON `ar_entries`
BEGIN SELECT RAISE(ABORT, 'ar_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ar_allocations_no_update` BEFORE UPDATE ON `ar_allocations`
BEGIN SELECT RAISE(ABORT, 'ar_allocations is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ar_allocations_no_delete` BEFORE DELETE ON `ar_allocations`
BEGIN SELECT RAISE(ABORT, 'ar_allocations is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `driver_cash_entries_no_update` BEFORE UPDATE ON `driver_cash_entries`
BEGIN SELECT RAISE(ABORT, 'driver_cash_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `driver_cash_entries_no_delete` BEFORE DELETE ON `driver_cash_entries`
BEGIN SELECT RAISE(ABORT, 'driver_cash_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `statement_matches_no_update` BEFORE UPDATE ON `statement_matches`
BEGIN SELECT RAISE(ABORT, 'statement_matches is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `statement_matches_no_delete` BEFORE DELETE ON `statement_matches`
BEGIN SELECT RAISE(ABORT, 'statement_matches is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `period_events_no_update` BEFORE UPDATE ON `period_events`
BEGIN SELECT RAISE(ABORT, 'period_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `period_events_no_delete` BEFORE DELETE ON `period_events`
BEGIN SELECT RAISE(ABORT, 'period_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `statement_lines_no_update` BEFORE UPDATE ON `statement_lines`
BEGIN SELECT RAISE(ABORT, 'statement_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `statement_lines_no_delete` BEFORE DELETE ON `statement_lines`
BEGIN SELECT RAISE(ABORT, 'statement_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_handovers_no_update` BEFORE UPDATE ON `cash_handovers`
BEGIN SELECT RAISE(ABORT, 'cash_handovers is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_handovers_no_delete` BEFORE DELETE ON `cash_handovers`
BEGIN SELECT RAISE(ABORT, 'cash_handovers is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_handover_approvals_no_update` BEFORE UPDATE ON `cash_handover_approvals`
BEGIN SELECT RAISE(ABORT, 'cash_handover_approvals is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_handover_approvals_no_delete` BEFORE DELETE ON `cash_handover_approvals`
BEGIN SELECT RAISE(ABORT, 'cash_handover_approvals is append-only'); END;
