CREATE TABLE `promotion_scopes` (
	`promotion_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`promotion_id`) REFERENCES `promotions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "promotion_scopes_kind_ok" CHECK("promotion_scopes"."kind" IN ('product','category','brand','channel','region'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `promotion_scopes_key` ON `promotion_scopes` (`promotion_id`,`kind`,`value`);--> statement-breakpoint
CREATE TABLE `promotion_tiers` (
	`promotion_id` text NOT NULL,
	`threshold` integer NOT NULL,
	`discount_bp` integer,
	`discount_fen` integer,
	FOREIGN KEY (`promotion_id`) REFERENCES `promotions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "promotion_tiers_threshold_int" CHECK(typeof("promotion_tiers"."threshold") = 'integer' OR "promotion_tiers"."threshold" IS NULL),
	CONSTRAINT "promotion_tiers_discount_bp_int" CHECK(typeof("promotion_tiers"."discount_bp") = 'integer' OR "promotion_tiers"."discount_bp" IS NULL),
	CONSTRAINT "promotion_tiers_discount_fen_int" CHECK(typeof("promotion_tiers"."discount_fen") = 'integer' OR "promotion_tiers"."discount_fen" IS NULL),
	CONSTRAINT "promotion_tiers_threshold_pos" CHECK("promotion_tiers"."threshold" >= 1),
	CONSTRAINT "promotion_tiers_one_discount" CHECK(("promotion_tiers"."discount_bp" IS NULL) <> ("promotion_tiers"."discount_fen" IS NULL) AND coalesce("promotion_tiers"."discount_bp", 1) BETWEEN 1 AND 10000 AND coalesce("promotion_tiers"."discount_fen", 1) >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `promotion_tiers_key` ON `promotion_tiers` (`promotion_id`,`threshold`);--> statement-breakpoint
CREATE TABLE `promotions` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`ended_on` text,
	`basis` text,
	`unit_id` text,
	`unit_name` text DEFAULT '' NOT NULL,
	`factor` integer DEFAULT 1 NOT NULL,
	`buy_qty` integer,
	`gift_product_id` text,
	`gift_unit_id` text,
	`gift_unit_name` text,
	`gift_factor` integer,
	`gift_qty` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`ended_at` text,
	FOREIGN KEY (`unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gift_product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gift_unit_id`) REFERENCES `product_units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "promotions_factor_int" CHECK(typeof("promotions"."factor") = 'integer' OR "promotions"."factor" IS NULL),
	CONSTRAINT "promotions_buy_qty_int" CHECK(typeof("promotions"."buy_qty") = 'integer' OR "promotions"."buy_qty" IS NULL),
	CONSTRAINT "promotions_gift_factor_int" CHECK(typeof("promotions"."gift_factor") = 'integer' OR "promotions"."gift_factor" IS NULL),
	CONSTRAINT "promotions_gift_qty_int" CHECK(typeof("promotions"."gift_qty") = 'integer' OR "promotions"."gift_qty" IS NULL),
	CONSTRAINT "promotions_kind_ok" CHECK("promotions"."kind" IN ('gift','tiered')),
	CONSTRAINT "promotions_basis_ok" CHECK("promotions"."basis" IS NULL OR "promotions"."basis" IN ('amount','quantity')),
	CONSTRAINT "promotions_period_ok" CHECK("promotions"."starts_on" <= "promotions"."ends_on"),
	CONSTRAINT "promotions_factor_pos" CHECK("promotions"."factor" >= 1),
	CONSTRAINT "promotions_gift_ok" CHECK("promotions"."kind" <> 'gift' OR ("promotions"."buy_qty" >= 1 AND "promotions"."gift_qty" >= 1 AND "promotions"."gift_factor" >= 1 AND "promotions"."gift_product_id" IS NOT NULL)),
	CONSTRAINT "promotions_tiered_ok" CHECK("promotions"."kind" <> 'tiered' OR "promotions"."basis" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `promotions_number_unique` ON `promotions` (`number`);--> statement-breakpoint
CREATE INDEX `promotions_period` ON `promotions` (`starts_on`,`ends_on`);--> statement-breakpoint
CREATE TABLE `rebate_accruals` (
	`id` text PRIMARY KEY NOT NULL,
	`policy_id` text NOT NULL,
	`version_id` text NOT NULL,
	`period_key` text NOT NULL,
	`party_id` text DEFAULT '' NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`basis_amount` integer NOT NULL,
	`basis_qty` integer NOT NULL,
	`tier_no` integer NOT NULL,
	`rate_value` integer NOT NULL,
	`amount` integer NOT NULL,
	`status` text NOT NULL,
	`computed_at` text NOT NULL,
	`closed_by` text,
	`closed_at` text,
	FOREIGN KEY (`policy_id`) REFERENCES `rebate_policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`version_id`) REFERENCES `rebate_policy_versions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_accruals_basis_amount_int" CHECK(typeof("rebate_accruals"."basis_amount") = 'integer' OR "rebate_accruals"."basis_amount" IS NULL),
	CONSTRAINT "rebate_accruals_basis_qty_int" CHECK(typeof("rebate_accruals"."basis_qty") = 'integer' OR "rebate_accruals"."basis_qty" IS NULL),
	CONSTRAINT "rebate_accruals_tier_no_int" CHECK(typeof("rebate_accruals"."tier_no") = 'integer' OR "rebate_accruals"."tier_no" IS NULL),
	CONSTRAINT "rebate_accruals_rate_value_int" CHECK(typeof("rebate_accruals"."rate_value") = 'integer' OR "rebate_accruals"."rate_value" IS NULL),
	CONSTRAINT "rebate_accruals_amount_int" CHECK(typeof("rebate_accruals"."amount") = 'integer' OR "rebate_accruals"."amount" IS NULL),
	CONSTRAINT "rebate_accruals_status_ok" CHECK("rebate_accruals"."status" IN ('estimated','closed'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rebate_accruals_key` ON `rebate_accruals` (`policy_id`,`period_key`,`party_id`);--> statement-breakpoint
CREATE INDEX `rebate_accruals_period` ON `rebate_accruals` (`period_key`);--> statement-breakpoint
CREATE TABLE `rebate_deduction_caps` (
	`brand_id` text PRIMARY KEY NOT NULL,
	`cap_bp` integer NOT NULL,
	`product_ids` text NOT NULL,
	`category_ids` text NOT NULL,
	`updated_by` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_deduction_caps_cap_bp_int" CHECK(typeof("rebate_deduction_caps"."cap_bp") = 'integer' OR "rebate_deduction_caps"."cap_bp" IS NULL),
	CONSTRAINT "rebate_deduction_caps_range" CHECK("rebate_deduction_caps"."cap_bp" BETWEEN 0 AND 10000)
);
--> statement-breakpoint
CREATE TABLE `rebate_deductions` (
	`id` text PRIMARY KEY NOT NULL,
	`po_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`amount` integer NOT NULL,
	`eligible_amount` integer NOT NULL,
	`cap_bp` integer NOT NULL,
	`use_entry_id` text NOT NULL,
	`reversal_entry_id` text,
	`business_date` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`po_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`use_entry_id`) REFERENCES `rebate_ledger`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reversal_entry_id`) REFERENCES `rebate_ledger`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_deductions_amount_int" CHECK(typeof("rebate_deductions"."amount") = 'integer' OR "rebate_deductions"."amount" IS NULL),
	CONSTRAINT "rebate_deductions_eligible_amount_int" CHECK(typeof("rebate_deductions"."eligible_amount") = 'integer' OR "rebate_deductions"."eligible_amount" IS NULL),
	CONSTRAINT "rebate_deductions_cap_bp_int" CHECK(typeof("rebate_deductions"."cap_bp") = 'integer' OR "rebate_deductions"."cap_bp" IS NULL),
	CONSTRAINT "rebate_deductions_pos" CHECK("rebate_deductions"."amount" > 0)
);
--> statement-breakpoint
CREATE INDEX `rebate_deductions_po` ON `rebate_deductions` (`po_id`);--> statement-breakpoint
CREATE TABLE `rebate_goods_entitlements` (
	`id` text PRIMARY KEY NOT NULL,
	`customer_id` text NOT NULL,
	`policy_id` text NOT NULL,
	`period_key` text NOT NULL,
	`product_id` text NOT NULL,
	`qty_base` integer NOT NULL,
	`value_fen` integer NOT NULL,
	`use_entry_id` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_id`) REFERENCES `rebate_policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`use_entry_id`) REFERENCES `rebate_ledger`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_goods_entitlements_qty_base_int" CHECK(typeof("rebate_goods_entitlements"."qty_base") = 'integer' OR "rebate_goods_entitlements"."qty_base" IS NULL),
	CONSTRAINT "rebate_goods_entitlements_value_fen_int" CHECK(typeof("rebate_goods_entitlements"."value_fen") = 'integer' OR "rebate_goods_entitlements"."value_fen" IS NULL),
	CONSTRAINT "rebate_goods_entitlements_pos" CHECK("rebate_goods_entitlements"."qty_base" > 0)
);
--> statement-breakpoint
CREATE INDEX `rebate_goods_entitlements_customer` ON `rebate_goods_entitlements` (`customer_id`);--> statement-breakpoint
CREATE TABLE `rebate_goods_uses` (
	`id` text PRIMARY KEY NOT NULL,
	`entitlement_id` text NOT NULL,
	`order_id` text NOT NULL,
	`order_no` text DEFAULT '' NOT NULL,
	`qty_base` integer NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entitlement_id`) REFERENCES `rebate_goods_entitlements`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_goods_uses_qty_base_int" CHECK(typeof("rebate_goods_uses"."qty_base") = 'integer' OR "rebate_goods_uses"."qty_base" IS NULL)
);
--> statement-breakpoint
CREATE INDEX `rebate_goods_uses_entitlement` ON `rebate_goods_uses` (`entitlement_id`);--> statement-breakpoint
CREATE TABLE `rebate_ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`doc_no` text NOT NULL,
	`account_kind` text NOT NULL,
	`account_id` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`business_date` text NOT NULL,
	`expires_on` text,
	`policy_id` text,
	`period_key` text,
	`ref_id` text,
	`po_id` text,
	`ref_no` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `rebate_policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`po_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_ledger_seq_int" CHECK(typeof("rebate_ledger"."seq") = 'integer' OR "rebate_ledger"."seq" IS NULL),
	CONSTRAINT "rebate_ledger_amount_int" CHECK(typeof("rebate_ledger"."amount") = 'integer' OR "rebate_ledger"."amount" IS NULL),
	CONSTRAINT "rebate_ledger_kind_ok" CHECK("rebate_ledger"."kind" IN ('credit','use','use_reversal','expire','adjust')),
	CONSTRAINT "rebate_ledger_account_ok" CHECK("rebate_ledger"."account_kind" IN ('brand','store')),
	CONSTRAINT "rebate_ledger_sign_ok" CHECK(("rebate_ledger"."kind" IN ('credit','use_reversal') AND "rebate_ledger"."amount" > 0) OR ("rebate_ledger"."kind" IN ('use','expire') AND "rebate_ledger"."amount" < 0) OR ("rebate_ledger"."kind" = 'adjust' AND "rebate_ledger"."amount" <> 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rebate_ledger_seq_unique` ON `rebate_ledger` (`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `rebate_ledger_doc_no_unique` ON `rebate_ledger` (`doc_no`);--> statement-breakpoint
CREATE INDEX `rebate_ledger_account` ON `rebate_ledger` (`account_kind`,`account_id`,`business_date`);--> statement-breakpoint
CREATE TABLE `rebate_po_payments` (
	`po_id` text PRIMARY KEY NOT NULL,
	`paid_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`po_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `rebate_policies` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`brand_id` text NOT NULL,
	`customer_id` text,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_policies_scope_ok" CHECK("rebate_policies"."scope" IN ('brand','store'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rebate_policies_code_unique` ON `rebate_policies` (`code`);--> statement-breakpoint
CREATE INDEX `rebate_policies_brand` ON `rebate_policies` (`brand_id`);--> statement-breakpoint
CREATE TABLE `rebate_policy_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`policy_id` text NOT NULL,
	`version_no` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`period_kind` text NOT NULL,
	`basis` text NOT NULL,
	`measure` text NOT NULL,
	`kind` text NOT NULL,
	`tier_mode` text,
	`unit_name` text DEFAULT '箱' NOT NULL,
	`product_ids` text NOT NULL,
	`category_ids` text NOT NULL,
	`brand_ids` text NOT NULL,
	`tiers` text NOT NULL,
	`rate_bp` integer,
	`per_unit` integer,
	`target` integer,
	`payment_days` integer,
	`fixed_amount` integer,
	`settlement` text DEFAULT 'credit' NOT NULL,
	`goods_product_id` text,
	`created_by` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `rebate_policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`goods_product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rebate_policy_versions_rate_bp_int" CHECK(typeof("rebate_policy_versions"."rate_bp") = 'integer' OR "rebate_policy_versions"."rate_bp" IS NULL),
	CONSTRAINT "rebate_policy_versions_per_unit_int" CHECK(typeof("rebate_policy_versions"."per_unit") = 'integer' OR "rebate_policy_versions"."per_unit" IS NULL),
	CONSTRAINT "rebate_policy_versions_target_int" CHECK(typeof("rebate_policy_versions"."target") = 'integer' OR "rebate_policy_versions"."target" IS NULL),
	CONSTRAINT "rebate_policy_versions_payment_days_int" CHECK(typeof("rebate_policy_versions"."payment_days") = 'integer' OR "rebate_policy_versions"."payment_days" IS NULL),
	CONSTRAINT "rebate_policy_versions_fixed_amount_int" CHECK(typeof("rebate_policy_versions"."fixed_amount") = 'integer' OR "rebate_policy_versions"."fixed_amount" IS NULL),
	CONSTRAINT "rebate_policy_versions_period_ok" CHECK("rebate_policy_versions"."period_kind" IN ('month','quarter','year')),
	CONSTRAINT "rebate_policy_versions_kind_ok" CHECK("rebate_policy_versions"."kind" IN ('tiered','per_unit','target','prompt_payment','fixed')),
	CONSTRAINT "rebate_policy_versions_dates_ok" CHECK("rebate_policy_versions"."valid_to" IS NULL OR "rebate_policy_versions"."valid_to" >= "rebate_policy_versions"."valid_from")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rebate_policy_versions_no` ON `rebate_policy_versions` (`policy_id`,`version_no`);--> statement-breakpoint
CREATE TABLE `rebate_task_marks` (
	`id` text PRIMARY KEY NOT NULL,
	`policy_id` text NOT NULL,
	`period_key` text NOT NULL,
	`party_id` text DEFAULT '' NOT NULL,
	`achieved` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`marked_by` text,
	`marked_at` text NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `rebate_policies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rebate_task_marks_key` ON `rebate_task_marks` (`policy_id`,`period_key`,`party_id`);