import { EntityManager } from 'typeorm';
import { KnownTerms } from '../policy/validate-policy';

/** The vocabulary tables facts refer to, by the name the store uses for them. */
export const TERM_TABLES = {
  legalBases: { table: 'legal_basis', key: 'code' },
  rights: { table: 'data_subject_right', key: 'code' },
  dataCategories: { table: 'data_category', key: 'code' },
  purposeCategories: { table: 'purpose_category', key: 'code' },
  recipientCategories: { table: 'recipient_category', key: 'code' },
  processors: { table: 'processor', key: 'slug' },
  authorities: { table: 'supervisory_authority', key: 'slug' },
} as const;
export type TermTable = keyof typeof TERM_TABLES;

/**
 * The ids of the vocabulary terms by code (vendors and authorities by slug), both ways: facts are written with the
 * ids, read back with the codes. Every code a fact holds passed the gate (validatePolicy), so a miss is a bug.
 */
export class TermIndex {
  private readonly codes = new Map<TermTable, Map<number, string>>();

  constructor(private readonly ids: Record<TermTable, Map<string, number>>) {
    for (const [table, map] of Object.entries(ids) as [TermTable, Map<string, number>][])
      this.codes.set(table, new Map([...map].map(([code, id]) => [id, code])));
  }

  /**
   * Reads every term of every vocabulary table (seven small statements, one after the other: inside a transaction
   * they share one connection, which runs one statement at a time).
   */
  static async load(manager: EntityManager): Promise<TermIndex> {
    const ids = {} as Record<TermTable, Map<string, number>>;
    for (const [name, t] of Object.entries(TERM_TABLES) as [TermTable, { table: string; key: string }][]) {
      const rows: { id: number; key: string }[] = await manager.query(`SELECT id, "${t.key}" AS key FROM "${t.table}"`);
      ids[name] = new Map(rows.map((row) => [row.key, Number(row.id)]));
    }
    return new TermIndex(ids);
  }

  /** The id of a term, or undefined when the vocabulary has no such term. */
  find(table: TermTable, code: string): number | undefined {
    return this.ids[table].get(code);
  }

  id(table: TermTable, code: string): number {
    const id = this.ids[table].get(code);
    if (id === undefined) throw new Error(`internal: ${table} term "${code}" passed validation but is not written`);
    return id;
  }

  code(table: TermTable, id: number): string {
    const code = this.codes.get(table)!.get(id);
    if (code === undefined) throw new Error(`Inconsistent database: no ${table} term with id ${id}`);
    return code;
  }

  /** The terms facts may refer to, for the gate (validatePolicy, validateFact). */
  known(): KnownTerms {
    const keys = (table: TermTable) => new Set(this.ids[table].keys());
    return {
      'data category': keys('dataCategories'),
      'purpose category': keys('purposeCategories'),
      'recipient category': keys('recipientCategories'),
      processor: keys('processors'),
      'supervisory authority': keys('authorities'),
    };
  }

  /** Adds a term written by this transaction (a vendor the writer inserts). */
  add(table: TermTable, code: string, id: number): void {
    this.ids[table].set(code, id);
    this.codes.get(table)!.set(id, code);
  }
}
