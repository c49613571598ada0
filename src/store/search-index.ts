import { Controller } from '../entities';
import { execute, WriteTransaction } from './transaction';

const isSqlite = (tx: WriteTransaction) => tx.manager.connection.options.type !== 'postgres';

/**
 * Takes a document out of search: its passages (and, on SQLite, their FTS5 entries: the FTS table has external
 * content, so an entry must be deleted with the text it was indexed with, before the row goes). PostgreSQL's GIN
 * index follows the table by itself.
 */
export async function dropPassages(tx: WriteTransaction, documentId: number): Promise<void> {
  if (isSqlite(tx)) {
    await tx.manager.query(
      `INSERT INTO passage_fts(passage_fts, rowid, text) SELECT 'delete', id, text FROM passage WHERE "documentId" = ?`,
      [documentId],
    );
  }
  await execute(tx.manager, 'DELETE FROM passage WHERE "documentId" = ?', [documentId]);
}

/** Indexes a document's passages once they are written (SQLite; see dropPassages). */
export function indexPassages(tx: WriteTransaction, documentId: number): void {
  if (!isSqlite(tx)) return;
  tx.onFlushed(async () => {
    await tx.manager.query(`INSERT INTO passage_fts(rowid, text) SELECT id, text FROM passage WHERE "documentId" = ?`, [
      documentId,
    ]);
  });
}

/** Marks the published version of a slug SUPERSEDED and takes its document out of search. */
export async function supersede(tx: WriteTransaction, published: Controller): Promise<void> {
  await execute(tx.manager, `UPDATE controller SET status = 'SUPERSEDED', revision = revision + 1 WHERE id = ?`, [
    published.id,
  ]);
  await dropPassages(tx, published.documentId);
}
