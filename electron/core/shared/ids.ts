// Identifiers: UUIDv7 for rows (sortable, unique across distributors), readable numbers for documents.
import { v7 } from 'uuid';

export const newId = (): string => v7();
