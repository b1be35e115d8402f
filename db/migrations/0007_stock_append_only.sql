-- The stock ledger, document lines, variance lines and count entries are append-only: a mistake is corrected by a
-- reversing document or a later entry, never by editing or deleting a row.
CREATE TRIGGER `stock_moves_no_update` BEFORE UPDATE ON `stock_moves`
BEGIN SELECT RAISE(ABORT, 'stock_moves is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_moves_no_delete` BEFORE DELETE ON `stock_moves`
BEGIN SELECT RAISE(ABORT, 'stock_moves is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_document_lines_no_update` BEFORE UPDATE ON `stock_document_lines`
BEGIN SELECT RAISE(ABORT, 'stock_document_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_document_lines_no_delete` BEFORE DELETE ON `stock_document_lines`
BEGIN SELECT RAISE(ABORT, 'stock_document_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `variance_lines_no_update` BEFORE UPDATE ON `variance_lines`
BEGIN SELECT RAISE(ABORT, 'variance_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `variance_lines_no_delete` BEFORE DELETE ON `variance_lines`
BEGIN SELECT RAISE(ABORT, 'variance_lines is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receiving_entries_no_update` BEFORE UPDATE ON `receiving_entries`
BEGIN SELECT RAISE(ABORT, 'receiving_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `receiving_entries_no_delete` BEFORE DELETE ON `receiving_entries`
BEGIN SELECT RAISE(ABORT, 'receiving_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stocktake_entries_no_update` BEFORE UPDATE ON `stocktake_entries`
BEGIN SELECT RAISE(ABORT, 'stocktake_entries is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stocktake_entries_no_delete` BEFORE DELETE ON `stocktake_entries`
BEGIN SELECT RAISE(ABORT, 'stocktake_entries is append-only'); END;
