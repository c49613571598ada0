import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/data-source';
import { PolicyDocument } from '../../src/entities';
import { searchPassages } from '../../src/queries/search';
import { SearchHit } from '../../src/schema/search-hit';
import { loadSeeds } from '../../src/seed';
import { createTestDatabase, TEST_ENGINE, TestDatabase } from '../support/test-database';

/** Queries over the five policies: plain words, several words, prefixes, digits, and diacritics left out. */
const QUERIES = [
  'gegevensbeschermingsautoriteit',
  'persoonsgegevens bewaren',
  'cookies',
  'e-mail',
  'AVG',
  'Cluma',
  'recht op',
  '2018',
  'technologieen', // "technologieën"
  'geupl', // "geüploade", as a prefix
  'data protection',
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where a passage's words match the query: every word but the last whole, the last as a prefix. */
function matches(text: string, offset: number, query: string) {
  const words = fold(query).match(/[\p{L}\p{N}]+/gu)!;
  const last = words[words.length - 1];
  const spans: { start: number; end: number }[] = [];
  const found = new Set<string>();
  for (const token of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const folded = fold(token[0]);
    const hit = words.filter((w) => folded === w || (w === last && folded.startsWith(w)));
    hit.forEach((w) => found.add(w));
    if (hit.length) spans.push({ start: offset + token.index!, end: offset + token.index! + token[0].length });
  }
  return { spans, everyWord: words.every((w) => found.has(w)) };
}

async function seeded(database: TestDatabase): Promise<{ dataSource: DataSource; texts: Map<number, string> }> {
  const dataSource = await createDataSource(database.config);
  await loadSeeds(dataSource);
  const documents = await dataSource.getRepository(PolicyDocument).find({ select: ['id', 'slug', 'text'] });
  return { dataSource, texts: new Map(documents.map((d) => [d.id, d.text])) };
}

let database: TestDatabase;
let dataSource: DataSource;
let texts: Map<number, string>;
beforeAll(async () => {
  database = await createTestDatabase();
  ({ dataSource, texts } = await seeded(database));
});
afterAll(async () => {
  await dataSource.destroy();
  await database.drop();
});

describe(`search (${TEST_ENGINE})`, () => {
  it.each(QUERIES)('"%s": passages with every word, all of their matches highlighted, best first', async (query) => {
    const hits = await searchPassages(dataSource, query, 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const document = texts.get(hit.documentId)!;
      expect(document.slice(hit.start, hit.end)).toBe(hit.text);
      const expected = matches(hit.text, hit.start, query);
      expect(expected.everyWord).toBe(true);
      expect(hit.highlights).toEqual(expected.spans);
      let snippet = '';
      let at = hit.start;
      for (const h of hit.highlights) {
        snippet += `${escapeHtml(document.slice(at, h.start))}<mark>${escapeHtml(document.slice(h.start, h.end))}</mark>`;
        at = h.end;
      }
      expect(hit.snippet).toBe(snippet + escapeHtml(document.slice(at, hit.end)));
    }
    const ranks = hits.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('finds words with their diacritics left out, and with them', async () => {
    const plain = await searchPassages(dataSource, 'geuploade', 50);
    const accented = await searchPassages(dataSource, 'geüploade', 50);
    expect(plain.length).toBeGreaterThan(0);
    expect(accented).toEqual(plain);
  });

  it('returns at most `first` passages, the best of them', async () => {
    const all = await searchPassages(dataSource, 'persoonsgegevens', 50);
    expect(all.length).toBeGreaterThan(3);
    expect(await searchPassages(dataSource, 'persoonsgegevens', 3)).toEqual(all.slice(0, 3));
  });
});

if (TEST_ENGINE === 'postgres') {
  describe('search on PostgreSQL answers like SQLite', () => {
    let sqlite: { dataSource: DataSource; texts: Map<number, string> };
    beforeAll(async () => {
      sqlite = await seeded({
        url: 'sqlite::memory:',
        config: parseDatabaseUrl('sqlite::memory:'),
        drop: async () => {},
      });
    });
    afterAll(() => sqlite.dataSource.destroy());

    // Ranks differ (BM25 against ts_rank_cd), so the passages and highlights are compared as sets.
    const key = (hit: SearchHit) =>
      `${hit.documentId}:${hit.start}-${hit.end}:${hit.highlights.map((h) => `${h.start}-${h.end}`).join(',')}`;
    it.each(QUERIES)('"%s": the same passages with the same highlights', async (query) => {
      const [pg, lite] = await Promise.all([
        searchPassages(dataSource, query, 50),
        searchPassages(sqlite.dataSource, query, 50),
      ]);
      expect(lite.length).toBeLessThan(50);
      expect(pg.map(key).sort()).toEqual(lite.map(key).sort());
    });
  });
}
