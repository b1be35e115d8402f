CREATE TABLE `print_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`printer_id` text NOT NULL,
	`title` text NOT NULL,
	`document` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error_code` text,
	`last_error_params` text,
	`last_attempt_at` text,
	`next_attempt_at` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text,
	`sent_at` text,
	`sent_bytes` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "print_jobs_status_ok" CHECK("print_jobs"."status" IN ('queued','sent','cancelled')),
	CONSTRAINT "print_jobs_attempts_ok" CHECK("print_jobs"."attempts" >= 0)
);
--> statement-breakpoint
CREATE INDEX `print_jobs_queue` ON `print_jobs` (`status`,`printer_id`,`created_at`);