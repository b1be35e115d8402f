-- Code events and diversion alerts are ledgers: rows are only ever added. A mistake is corrected by a later event.
CREATE TRIGGER `trace_events_no_update` BEFORE UPDATE ON `trace_events`
BEGIN SELECT RAISE(ABORT, 'trace_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `trace_events_no_delete` BEFORE DELETE ON `trace_events`
BEGIN SELECT RAISE(ABORT, 'trace_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `diversion_alerts_no_update` BEFORE UPDATE ON `diversion_alerts`
BEGIN SELECT RAISE(ABORT, 'diversion_alerts is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `diversion_alerts_no_delete` BEFORE DELETE ON `diversion_alerts`
BEGIN SELECT RAISE(ABORT, 'diversion_alerts is append-only'); END;
