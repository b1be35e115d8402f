-- The rebate ledger, goods uses and task marks are append-only: a mistake is corrected by a later entry.
CREATE TRIGGER `rebate_ledger_no_update` BEFORE UPDATE ON `rebate_ledger`
BEGIN SELECT RAISE(ABORT, 'rebate_ledger is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_ledger_no_delete` BEFORE DELETE ON `rebate_ledger`
BEGIN SELECT RAISE(ABORT, 'rebate_ledger is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_goods_uses_no_update` BEFORE UPDATE ON `rebate_goods_uses`
BEGIN SELECT RAISE(ABORT, 'rebate_goods_uses is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_goods_uses_no_delete` BEFORE DELETE ON `rebate_goods_uses`
BEGIN SELECT RAISE(ABORT, 'rebate_goods_uses is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_task_marks_no_update` BEFORE UPDATE ON `rebate_task_marks`
BEGIN SELECT RAISE(ABORT, 'rebate_task_marks is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_task_marks_no_delete` BEFORE DELETE ON `rebate_task_marks`
BEGIN SELECT RAISE(ABORT, 'rebate_task_marks is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_policy_versions_no_update` BEFORE UPDATE ON `rebate_policy_versions`
BEGIN SELECT RAISE(ABORT, 'rebate_policy_versions is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `rebate_policy_versions_no_delete` BEFORE DELETE ON `rebate_policy_versions`
BEGIN SELECT RAISE(ABORT, 'rebate_policy_versions is append-only'); END;
