import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { SearchHit } from '../schema/search-hit';

const OPEN = '\u0001';
const CLOSE = '\u0002';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * Turns what a person types into an FTS5 query: every word must occur (the last may be a prefix), and nothing the
 * user types is read as FTS5 syntax. Returns null when the input holds no word at all.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, 16);
  if (!words?.length) return null;
  return words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * Full-text search over every document's passages (SQLite FTS5, BM25 ranking, diacritics folded), best first.
 * Costs one statement. Throws BAD_USER_INPUT when the query holds no searchable word.
 */
export async function searchPassages(dataSource: DataSource, input: string, first: number): Promise<SearchHit[]> {
  const match = toFtsQuery(input);
  if (!match) {
    throw new GraphQLError('`query` must contain at least one word (letters or digits).', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' },
    });
  }
  const rows: { documentId: number; start: number; end: number; marked: string; rank: number }[] =
    await dataSource.query(
      `SELECT p."documentId" AS "documentId", p.start AS start, p."end" AS "end",
            highlight(passage_fts, 0, char(1), char(2)) AS marked, bm25(passage_fts) AS rank
     FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid
     WHERE passage_fts MATCH ? ORDER BY rank, p.id LIMIT ?`,
      [match, first],
    );
  return rows.map((row) => {
    const highlights: { start: number; end: number }[] = [];
    let text = '';
    let snippet = '';
    let openedAt = -1;
    for (const ch of row.marked) {
      if (ch === OPEN) {
        openedAt = text.length;
        snippet += '<mark>';
      } else if (ch === CLOSE) {
        highlights.push({ start: row.start + openedAt, end: row.start + text.length });
        snippet += '</mark>';
      } else {
        text += ch;
        snippet += escapeHtml(ch);
      }
    }
    return Object.assign(new SearchHit(), {
      documentId: row.documentId,
      text,
      start: row.start,
      end: row.end,
      highlights,
      snippet,
      rank: -row.rank,
    });
  });
}
