import { DataSource } from 'typeorm';
import { FactKind } from '../entities';
import { ChangeType } from '../schema/curation';
import { readVersion, StoredFact } from '../store/read-version';
import { TermIndex } from '../store/terms';

/** A fact that differs between two versions, by key, with the global-id keys of both sides. */
export interface VersionChange {
  key: string;
  kind: FactKind;
  change: ChangeType;
  fields: string[];
  /** The GraphQL type of the fact and the key of its global id on each side (null where it is absent). */
  before: { typeName: string; nodeKey: string } | null;
  after: { typeName: string; nodeKey: string } | null;
}

/** What is compared of a fact: its content and its quotes (offsets differ between texts: they are left out). */
function comparable(fact: StoredFact): Record<string, string> {
  const { evidence, ...content } = fact.value as unknown as Record<string, unknown> & {
    evidence?: { quote: string }[];
  };
  const fields = fact.row.field === 'document' ? pick(content, ['title', 'language', 'lastUpdated']) : content;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (name !== 'slug') out[name] = JSON.stringify(value ?? null);
  out.evidence = JSON.stringify((evidence ?? []).map((e) => e.quote));
  return out;
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

const typeNameOf = (fact: StoredFact) =>
  fact.row.field === 'controller'
    ? 'Controller'
    : fact.row.field === 'document'
      ? 'PolicyDocument'
      : fact.module!.typeName;

/** The side of a change: the Controller and PolicyDocument versions are their own nodes, facts are `<version>/<key>`. */
function side(fact: StoredFact | undefined, versionKey: string) {
  if (!fact) return null;
  const typeName = typeNameOf(fact);
  const nodeKey =
    typeName === 'Controller' || typeName === 'PolicyDocument' ? versionKey : `${versionKey}/${fact.row.key}`;
  return { typeName, nodeKey };
}

/**
 * What changed between two versions of a controller, fact by fact (facts match by key: a fact carried over keeps its
 * key): added, removed, or changed (with the fields that differ, `evidence` when the quotes do). In the order of the
 * later version's facts, then the removed ones. Null when either version does not exist.
 */
export async function versionChanges(
  dataSource: DataSource,
  fromId: number,
  toId: number,
): Promise<VersionChange[] | null> {
  const terms = await TermIndex.load(dataSource.manager);
  const [from, to] = await Promise.all([
    readVersion(dataSource.manager, terms, fromId),
    readVersion(dataSource.manager, terms, toId),
  ]);
  if (!from || !to) return null;
  const before = new Map(from.facts.map((f) => [f.row.key, f]));
  const changes: VersionChange[] = [];
  for (const fact of to.facts) {
    const old = before.get(fact.row.key);
    before.delete(fact.row.key);
    const fields = old ? differing(comparable(old), comparable(fact)) : [];
    if (old && !fields.length) continue;
    changes.push({
      key: fact.row.key,
      kind: fact.row.kind,
      change: old ? ChangeType.CHANGED : ChangeType.ADDED,
      fields,
      before: side(old, from.controller.versionKey),
      after: side(fact, to.controller.versionKey),
    });
  }
  for (const old of before.values())
    changes.push({
      key: old.row.key,
      kind: old.row.kind,
      change: ChangeType.REMOVED,
      fields: [],
      before: side(old, from.controller.versionKey),
      after: null,
    });
  return changes;
}

function differing(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
}
