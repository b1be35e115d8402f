PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_stock_documents` (
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
	CONSTRAINT "stock_documents_type_ok" CHECK("__new_stock_documents"."type" IN ('receipt','transfer','van_load','van_return','adjustment','reversal','sale','sale_return')),
	CONSTRAINT "stock_documents_status_ok" CHECK("__new_stock_documents"."status" IN ('draft','pending','in_transit','posted','reversed','cancelled')),
	CONSTRAINT "stock_documents_kind_ok" CHECK("__new_stock_documents"."kind" IS NULL OR "__new_stock_documents"."kind" IN ('damage','sample','write_off','stocktake'))
);
--> statement-breakpoint
INSERT INTO `__new_stock_documents`("id", "number", "type", "status", "warehouse_id", "to_warehouse_id", "kind", "reason", "business_date", "reverses_id", "reversed_by_id", "created_by", "created_at", "posted_by", "posted_at") SELECT "id", "number", "type", "status", "warehouse_id", "to_warehouse_id", "kind", "reason", "business_date", "reverses_id", "reversed_by_id", "created_by", "created_at", "posted_by", "posted_at" FROM `stock_documents`;--> statement-breakpoint
DROP TABLE `stock_documents`;--> statement-breakpoint
ALTER TABLE `__new_stock_documents` RENAME TO `stock_documents`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `stock_documents_number_unique` ON `stock_documents` (`number`);--> statement-breakpoint
CREATE INDEX `stock_documents_type_status` ON `stock_documents` (`type`,`status`);--> statement-breakpoint
CREATE INDEX `stock_documents_date` ON `stock_documents` (`business_date`);--> statement-breakpoint
CREATE INDEX `stock_documents_warehouse` ON `stock_documents` (`warehouse_id`);