import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEntry, Controller, Fact, FactSource, PolicyDocument, ReviewState, VersionStatus } from '../entities';
import { EvidenceRef, FactFile } from '../policy/fact-file';
import { validatePolicy } from '../policy/validate-policy';
import { toGlobalId } from '../schema/node';
import { AnyFact } from './kinds';
import { readVersion, StoredFact } from './read-version';
import { dropPassages, indexPassages, supersede } from './search-index';
import { Actor, AuditAction, execute, WriteTransaction } from './transaction';
import { problemsAsUserErrors, userError, UserErrorCode } from './user-errors';
import { factPlace, writeVersion } from './write-version';
import { writePassages } from './passages';

/** What creating a version did: the version (new, or the latest when the text is the same), and what carried over. */
export interface CreatedVersion {
  versionId: number;
  created: boolean;
  /** Keys of the facts carried over from the previous version (their quotes found in the new text). */
  carried: string[];
  /** Keys of the facts left behind (none of their quotes is in the new text). */
  dropped: string[];
}

/** The number of the next version of a slug: after every version there is or was (discarded drafts keep theirs). */
export async function nextVersion(tx: WriteTransaction, slug: string): Promise<number> {
  const versions = await tx.manager
    .createQueryBuilder(Controller, 'c')
    .select('MAX(c.version)', 'max')
    .where('c.slug = :slug', { slug })
    .getRawOne<{ max: number | null }>();
  const audited = await tx.manager
    .createQueryBuilder(AuditEntry, 'a')
    .select('MAX(a.version)', 'max')
    .where('a.controllerSlug = :slug', { slug })
    .getRawOne<{ max: number | null }>();
  return Math.max(Number(versions?.max ?? 0), Number(audited?.max ?? 0)) + 1;
}

/** Every place `quote` occurs in `text`. */
function occurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/**
 * A quote of the old text, found again in the new: where the words occur once, or at the same occurrence as before
 * (the n-th "Adres" stays the n-th). Null when the new text does not hold them.
 */
function relocate(oldText: string, text: string, ref: EvidenceRef): EvidenceRef | null {
  const found = occurrences(text, ref.quote);
  if (!found.length) return null;
  const before = ref.start === undefined ? 0 : occurrences(oldText, ref.quote).indexOf(ref.start);
  const start = found[Math.min(Math.max(before, 0), found.length - 1)];
  return Object.assign(new EvidenceRef(), { quote: ref.quote, start, end: start + ref.quote.length });
}

/** A fact with its quotes found again in the new text; null when none of them is. */
function carry<F extends AnyFact>(oldText: string, text: string, fact: F): F | null {
  const evidence = fact.evidence.map((ref) => relocate(oldText, text, ref)).filter((r): r is EvidenceRef => !!r);
  return evidence.length ? { ...fact, evidence } : null;
}

/** The facts of a version found again in a new text, by place, with the keys and sources they keep. */
export interface CarriedFacts {
  /** A partial fact file: the facts carried (the identity among them when its quotes are found), no document. */
  file: Record<string, unknown>;
  keys: Map<string, string>;
  sources: Map<string, FactSource>;
  carried: string[];
  dropped: string[];
}

/**
 * Every fact of `from` whose quotes (some of them) are found again in the new text, with the quotes that are; the
 * document's own fact stays behind (a new text has its own date).
 */
export function carryFacts(from: { facts: StoredFact[]; text: string }, text: string): CarriedFacts {
  const result: CarriedFacts = { file: {}, keys: new Map(), sources: new Map(), carried: [], dropped: [] };
  for (const stored of from.facts) {
    if (stored.row.field === 'document') continue;
    const moved = carry(from.text, text, stored.value);
    if (!moved) {
      result.dropped.push(stored.row.key);
      continue;
    }
    let place = stored.row.field;
    if (stored.module?.many) {
      const list = ((result.file[stored.row.field] as unknown[]) ??= []);
      place = factPlace(stored.row.field, list.length);
      list.push(moved);
    } else result.file[stored.row.field] = moved;
    result.keys.set(place, stored.row.key);
    result.sources.set(place, stored.row.source);
    result.carried.push(stored.row.key);
  }
  return result;
}

/** The facts of the new version (see carryFacts) and its document; the identity must be among them. */
function carryOver(from: { file: FactFile; facts: StoredFact[]; text: string }, text: string, input: NewVersionInput) {
  const { file, keys, sources, carried, dropped } = carryFacts(from, text);
  if (!file.controller)
    throw userError(
      UserErrorCode.EVIDENCE_NOT_FOUND,
      `None of the quotes that identify ${from.file.controller.name} occur in the new text: is it the policy of this controller?`,
      ['input', 'text'],
    );
  const document = {
    ...from.file.document,
    title: input.title ?? from.file.document.title,
    language: input.language ?? from.file.document.language,
    sourceFile: input.sourceFile ?? from.file.document.sourceFile,
    lastUpdated: null,
    lastUpdatedEvidence: undefined,
  };
  return { facts: { ...file, document }, keys, sources, carried, dropped };
}

/** A new version of a controller's policy: its text and what to call it. */
export interface NewVersionInput {
  slug: string;
  text: string;
  title?: string | null;
  language?: string | null;
  sourceUrl?: string | null;
  sourceFile?: string | null;
}

/**
 * Adds a new version of a controller's policy (the vendor changed its text): the text is stored as an immutable
 * document version (identical text, same SHA-256 as the latest version, makes no new version: the latest is returned
 * with `created: false`), and the facts of the current version (the published one, else the latest) are carried over
 * as PROPOSED facts of a draft, each with its quotes found again in the new text; facts none of whose quotes are left
 * are dropped (listed). All or nothing, audited. NOT_FOUND for a slug with no version.
 */
export function createVersion(dataSource: DataSource, actor: Actor, input: NewVersionInput): Promise<CreatedVersion> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const versions = await tx.manager.find(Controller, { where: { slug: input.slug }, order: { version: 'DESC' } });
    if (!versions.length)
      throw userError(UserErrorCode.NOT_FOUND, `No controller with slug ${JSON.stringify(input.slug)}.`, [
        'input',
        'controller',
      ]);
    const latest = versions[0];
    const sha256 = createHash('sha256').update(input.text, 'utf8').digest('hex');
    const latestDocument = await tx.manager.findOneByOrFail(PolicyDocument, { id: latest.documentId });
    if (latestDocument.sha256 === sha256) return { versionId: latest.id, created: false, carried: [], dropped: [] };
    const base = versions.find((v) => v.status === VersionStatus.PUBLISHED) ?? latest;
    const terms = await tx.terms();
    const stored = await readVersion(tx.manager, terms, base.id);
    if (!stored) throw new Error(`internal: version ${base.id} vanished inside the write lock`);
    const moved = carryOver({ file: stored.file, facts: stored.facts, text: stored.document.text }, input.text, input);
    const { policy, problems } = validatePolicy({ facts: moved.facts, text: input.text }, terms.known());
    if (!policy) throw problemsAsUserErrors(problems, ['input']);
    const version = await nextVersion(tx, input.slug);
    const written = writeVersion(await tx.writer(), terms, policy, {
      version,
      status: VersionStatus.DRAFT,
      source: FactSource.CURATOR,
      reviewState: ReviewState.PROPOSED,
      createdAt: tx.at,
      sourceUrl: input.sourceUrl ?? null,
      keys: moved.keys,
      sources: moved.sources,
    });
    await tx.audit({
      action: AuditAction.VERSION_CREATED,
      subject: toGlobalId('Controller', written.versionKey),
      controllerSlug: input.slug,
      version,
      after: { sha256, from: base.version, carried: moved.carried, dropped: moved.dropped },
    });
    return { versionId: written.controllerId, created: true, carried: moved.carried, dropped: moved.dropped };
  });
}

/**
 * Publishes a draft, if it is still at `expectedRevision`: every fact must be reviewed (UNREVIEWED_FACTS names how
 * many are not); rejected facts are dropped; the published version becomes SUPERSEDED and this one the controller's
 * current facts, searchable, for every reader at once. All or nothing, audited.
 */
export function publishVersion(
  dataSource: DataSource,
  actor: Actor,
  input: { versionId: number; expectedRevision: number },
): Promise<{ versionId: number }> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const version = await tx.manager.findOneBy(Controller, { id: input.versionId });
    if (!version) throw userError(UserErrorCode.NOT_FOUND, 'No such version of a controller.', ['input', 'id']);
    if (version.status !== VersionStatus.DRAFT)
      throw userError(UserErrorCode.INVALID_STATE, `Version ${version.version} of ${version.slug} is no draft.`, [
        'input',
        'id',
      ]);
    const proposed = await tx.manager.countBy(Fact, { controllerId: version.id, reviewState: ReviewState.PROPOSED });
    if (proposed)
      throw userError(
        UserErrorCode.UNREVIEWED_FACTS,
        `${proposed} fact(s) of version ${version.version} of ${version.slug} are not reviewed yet: accept or reject each before publishing.`,
        ['input', 'id'],
      );
    const rejected = await tx.manager.find(Fact, {
      where: { controllerId: version.id, reviewState: ReviewState.REJECTED },
    });
    await execute(tx.manager, `DELETE FROM fact WHERE "controllerId" = ? AND "reviewState" = 'REJECTED'`, [version.id]);
    // At most one version of a slug is published (a unique index holds it): the current one steps down first.
    const published = await tx.manager.findOneBy(Controller, { slug: version.slug, status: VersionStatus.PUBLISHED });
    if (published) await supersede(tx, published);
    const changed = await execute(
      tx.manager,
      `UPDATE controller SET status = 'PUBLISHED', "publishedAt" = ?, revision = revision + 1 WHERE id = ? AND revision = ? AND status = 'DRAFT'`,
      [tx.at, version.id, input.expectedRevision],
    );
    if (changed === 0)
      throw userError(
        UserErrorCode.CONFLICT,
        `Version ${version.version} of ${version.slug} changed since revision ${input.expectedRevision}: read it again and retry.`,
        ['input', 'expectedRevision'],
      );
    const document = await tx.manager
      .getRepository(PolicyDocument)
      .createQueryBuilder('d')
      .addSelect('d.text')
      .where('d.id = :id', { id: version.documentId })
      .getOneOrFail();
    writePassages(await tx.writer(), document.id, document.text);
    indexPassages(tx, document.id);
    await tx.audit({
      action: AuditAction.VERSION_PUBLISHED,
      subject: toGlobalId('Controller', version.versionKey),
      controllerSlug: version.slug,
      version: version.version,
      before: { status: VersionStatus.DRAFT, supersedes: published?.version ?? null },
      after: { status: VersionStatus.PUBLISHED, droppedRejected: rejected.map((f) => f.key) },
    });
    return { versionId: version.id };
  });
}

/** Deletes a draft (its document and facts), if it is still at `expectedRevision`. Audited; its number is not reused. */
export function discardVersion(
  dataSource: DataSource,
  actor: Actor,
  input: { versionId: number; expectedRevision: number },
): Promise<{ slug: string }> {
  return WriteTransaction.run(dataSource, actor, async (tx) => {
    const version = await tx.manager.findOneBy(Controller, { id: input.versionId });
    if (!version) throw userError(UserErrorCode.NOT_FOUND, 'No such version of a controller.', ['input', 'id']);
    if (version.status !== VersionStatus.DRAFT)
      throw userError(
        UserErrorCode.INVALID_STATE,
        `Only drafts are discarded; version ${version.version} of ${version.slug} is ${version.status.toLowerCase()}.`,
        ['input', 'id'],
      );
    const deleted = await execute(tx.manager, 'DELETE FROM controller WHERE id = ? AND revision = ?', [
      version.id,
      input.expectedRevision,
    ]);
    if (deleted === 0)
      throw userError(UserErrorCode.CONFLICT, `The draft changed since revision ${input.expectedRevision}.`, [
        'input',
        'expectedRevision',
      ]);
    await dropPassages(tx, version.documentId);
    await execute(tx.manager, 'DELETE FROM policy_document WHERE id = ?', [version.documentId]);
    await tx.audit({
      action: AuditAction.VERSION_DISCARDED,
      subject: toGlobalId('Controller', version.versionKey),
      controllerSlug: version.slug,
      version: version.version,
      before: { status: VersionStatus.DRAFT },
    });
    return { slug: version.slug };
  });
}
