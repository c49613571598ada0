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

/** The words of what a person typed (letters and digits, NFC, at most 16), or null when it holds none. */
function searchWords(input: string): string[] | null {
  const words = input
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu)
    ?.slice(0, 16);
  return words?.length ? words : null;
}

/**
 * Turns what a person types into an FTS5 query: every word must occur (the last may be a prefix), and nothing the
 * user types is read as FTS5 syntax. Returns null when the input holds no word at all.
 */
export function toFtsQuery(input: string): string | null {
  const words = searchWords(input);
  return words && words.map((word, i) => `"${word}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/** The same query for PostgreSQL's `to_tsquery`: `'w1' & 'w2':*` (words hold no quote, so none is read as syntax). */
export function toTsQuery(input: string): string | null {
  const words = searchWords(input);
  return words && words.map((word, i) => `'${word}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

interface MatchRow {
  documentId: number;
  start: number;
  end: number;
  /** The passage text with every matched word between OPEN and CLOSE. */
  marked: string;
  /** Higher is more relevant. */
  score: number;
}

async function matchSqlite(dataSource: DataSource, words: string, first: number): Promise<MatchRow[]> {
  const rows: (Omit<MatchRow, 'score'> & { rank: number })[] = await dataSource.query(
    `SELECT p."documentId" AS "documentId", p.start AS start, p."end" AS "end",
            highlight(passage_fts, 0, char(1), char(2)) AS marked, bm25(passage_fts) AS rank
     FROM passage_fts JOIN passage p ON p.id = passage_fts.rowid
     WHERE passage_fts MATCH ? ORDER BY rank, p.id LIMIT ?`,
    [words, first],
  );
  return rows.map(({ rank, ...row }) => ({ ...row, score: -rank }));
}

/**
 * The text that PostgreSQL indexes: every character that is not a letter or digit becomes a space, so that its parser
 * sees the same words as FTS5's unicode61 tokenizer (no e-mail, URL or version tokens) and offsets stay put. It must
 * stay character for character the expression of the index "IDX_passage_search" (see the PostgreSQL migrations;
 * a test EXPLAINs it), over the passage table aliased `p`.
 */
export const POSTGRES_SEARCH_VECTOR = `to_tsvector('policy_graph_search', regexp_replace(p.text, '[^[:alnum:]]', ' ', 'g'))`;
const PG_HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${OPEN}, StopSel=${CLOSE}`;

async function matchPostgres(dataSource: DataSource, query: string, first: number): Promise<MatchRow[]> {
  const rows: (Omit<MatchRow, 'marked'> & { text: string; headline: string })[] = await dataSource.query(
    `SELECT p."documentId" AS "documentId", p.start AS start, p."end" AS "end", p.text AS text, p.score AS score,
            ts_headline('policy_graph_search', regexp_replace(p.text, '[^[:alnum:]]', ' ', 'g'), q.query, $3) AS headline
     FROM (SELECT p.id, p."documentId", p.start, p."end", p.text, ts_rank_cd(${POSTGRES_SEARCH_VECTOR}, q.query) AS score
           FROM passage p, to_tsquery('policy_graph_search', $1) AS q(query)
           WHERE ${POSTGRES_SEARCH_VECTOR} @@ q.query ORDER BY score DESC, p.id LIMIT $2) p,
          to_tsquery('policy_graph_search', $1) AS q(query)
     ORDER BY p.score DESC, p.id`,
    [query, first, PG_HEADLINE_OPTIONS],
  );
  return rows.map(({ text, headline, ...row }) => {
    // The headline is the indexed text (punctuation blanked) with markers: put the markers into the real text.
    const chars = [...text];
    let next = 0;
    let marked = '';
    for (const ch of headline) marked += ch === OPEN || ch === CLOSE ? ch : (chars[next++] ?? '');
    if (next !== chars.length) throw new Error('internal: ts_headline did not return the whole passage');
    return { ...row, marked };
  });
}

/**
 * Full-text search over every document's passages, best first: every word must occur, the last may be a prefix,
 * diacritics folded. SQLite: FTS5 with BM25 ranking; PostgreSQL: a tsvector index with ts_rank_cd ranking (and
 * diacritics folded only where the `unaccent` extension could be installed). Costs one statement. Throws
 * BAD_USER_INPUT when the query holds no searchable word.
 */
export async function searchPassages(dataSource: DataSource, input: string, first: number): Promise<SearchHit[]> {
  const match = dataSource.options.type === 'postgres' ? toTsQuery(input) : toFtsQuery(input);
  if (!match) {
    throw new GraphQLError('`query` must contain at least one word (letters or digits).', {
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'query' },
    });
  }
  const rows =
    dataSource.options.type === 'postgres'
      ? await matchPostgres(dataSource, match, first)
      : await matchSqlite(dataSource, match, first);
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
      rank: row.score,
    });
  });
}
