// Errors raised while opening or migrating the database. The API layer maps `code` to a translated message.
export type DbErrorCode = 'DB_PRAGMA' | 'DB_FOREIGN' | 'DB_TOO_NEW' | 'DB_FK_BROKEN' | 'DB_ASYNC_TX';

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'DbError';
  }
}
