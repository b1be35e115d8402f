CREATE TABLE `diversion_alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`direction` text NOT NULL,
	`reason` text NOT NULL,
	`code` text NOT NULL,
	`product_id` text,
	`registered_to` text,
	`customer_id` text,
	`warehouse_id` text,
	`actual` text,
	`doc_type` text,
	`doc_id` text,
	`user_id` text,
	FOREIGN KEY (`code`) REFERENCES `trace_codes`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "diversion_alerts_direction_ok" CHECK("diversion_alerts"."direction" IN ('in','out')),
	CONSTRAINT "diversion_alerts_reason_ok" CHECK("diversion_alerts"."reason" IN ('foreign_code','region','channel'))
);
--> statement-breakpoint
CREATE INDEX `diversion_alerts_at` ON `diversion_alerts` (`at`);--> statement-breakpoint
CREATE INDEX `diversion_alerts_code` ON `diversion_alerts` (`code`);--> statement-breakpoint
CREATE TABLE `trace_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`warehouse_id` text,
	`customer_id` text,
	`doc_type` text,
	`doc_id` text,
	`user_id` text,
	`note` text,
	FOREIGN KEY (`code`) REFERENCES `trace_codes`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`warehouse_id`) REFERENCES `warehouses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`customer_id`) REFERENCES `customers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "trace_events_kind_ok" CHECK("trace_events"."kind" IN ('received','moved','shipped','returned','written_off'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trace_events_id_unique` ON `trace_events` (`id`);--> statement-breakpoint
CREATE INDEX `trace_events_code` ON `trace_events` (`code`,`seq`);--> statement-breakpoint
CREATE INDEX `trace_events_doc` ON `trace_events` (`doc_type`,`doc_id`);--> statement-breakpoint
ALTER TABLE `trace_codes` ADD `distributor_code` text;