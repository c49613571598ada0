import { DataSource } from 'typeorm';
import {
  ActorType,
  Controller,
  FactSource,
  Ingestion,
  IngestionErrorCode,
  ReviewState,
  VersionStatus,
} from '../entities';
import { catalogueTerms } from '../ingest/draft/catalogue-terms';
import { DraftPolicy, slugOf } from '../ingest/draft/draft-policy';
import { pruneInvalid } from '../ingest/draft/prune-invalid';
import { toGlobalId } from '../schema/node';
import { FACT_KINDS } from './kinds';
import { finishIngestion, WrittenDraft } from './ingestion-operations';
import { readVersion } from './read-version';
import { Actor, AuditAction, WriteTransaction } from './transaction';
import { carryFacts, CarriedFacts, nextVersion } from './version-operations';
import { addAuthorities, addProcessors } from './vocabulary';
import { writeVersion } from './write-version';

/** A reason an ingestion cannot end in a draft, for people: not retried. */
export class IngestionFailure extends Error {
  override name = 'IngestionFailure';
  constructor(
    readonly code: IngestionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What an attempt read from a submitted policy, ready to be written as a draft. */
export interface ReadPolicy {
  /** The canonical text (every evidence offset points into it). */
  text: string;
  mediaType: string;
  /** The controller the text names, if it names one. */
  controllerName: string | null;
  /** The draft fact file for a slug (see draftPolicy). */
  draft(slug: string): DraftPolicy;
}

/** The job that writes a draft, as the audit log records it. */
export const ingestionActor = (ingestion: Ingestion): Actor => ({
  type: ActorType.JOB,
  id: ingestion.key,
  name: `ingestion submitted by ${ingestion.submittedBy ?? 'unknown'}`,
  role: null,
  requestId: ingestion.requestId,
});

/** A slug no controller has yet, from the name the text gives (`cluma`, else `cluma-2`, ...). */
async function freeSlug(tx: WriteTransaction, name: string): Promise<{ slug: string; taken: string | null }> {
  const base = slugOf(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.manager.existsBy(Controller, { slug }))) return { slug, taken: n === 1 ? null : base };
  }
}

/**
 * For a new version of an existing controller: its current facts found again in the new text come first (people
 * reviewed them; they keep their keys and who made them), then the extractor's facts that are new (a key not
 * carried). The identity is the carried one when its quotes are still there, else the extractor's.
 */
function mergeCarried(
  draft: DraftPolicy,
  carried: CarriedFacts,
  slug: string,
  keep: WeakMap<object, [string, FactSource]>,
) {
  carried.keys.forEach((key, place) => {
    const [field, index] = place.replace(/\]$/, '').split('[');
    const value = carried.file[field];
    const fact = (index === undefined ? value : (value as object[])[Number(index)]) as object;
    keep.set(fact, [key, carried.sources.get(place)!]);
  });
  if (carried.file.controller) draft.facts.controller = { ...(carried.file.controller as object), slug };
  for (const module of FACT_KINDS) {
    const mine = carried.file[module.field];
    if (mine === undefined) continue;
    if (!module.many) {
      draft.facts[module.field] = mine;
      continue;
    }
    const keys = new Set((mine as never[]).map((fact) => module.key(fact)));
    const extracted = ((draft.facts[module.field] as never[] | undefined) ?? []).filter(
      (f) => !keys.has(module.key(f)),
    );
    draft.facts[module.field] = [...(mine as object[]), ...extracted];
  }
}

/** The slug, the draft and the carried facts' keys of an ingestion's version. */
async function prepareDraft(tx: WriteTransaction, ingestion: Ingestion, read: ReadPolicy) {
  const keep = new WeakMap<object, [string, FactSource]>();
  const warnings: string[] = [];
  if (ingestion.requestedSlug === null) {
    if (!read.controllerName)
      throw new IngestionFailure(
        IngestionErrorCode.NO_CONTROLLER,
        'the text names no controller: submit it again naming the controller it belongs to (`controller`)',
      );
    const { slug, taken } = await freeSlug(tx, read.controllerName);
    if (taken)
      warnings.push(
        `a controller with slug ${taken} exists already: this draft is ${slug}; to make it a new version of ${taken}, submit it with controller: "${taken}"`,
      );
    return { slug, draft: read.draft(slug), keep, warnings };
  }
  const slug = ingestion.requestedSlug;
  const versions = await tx.manager.find(Controller, { where: { slug }, order: { version: 'DESC' } });
  const base = versions.find((v) => v.status === VersionStatus.PUBLISHED) ?? versions[0];
  if (!base) throw new IngestionFailure(IngestionErrorCode.NO_CONTROLLER, `controller ${slug} no longer exists`);
  const stored = await readVersion(tx.manager, await tx.terms(), base.id);
  if (!stored) throw new Error(`internal: version ${base.id} vanished inside the write lock`);
  const carried = carryFacts({ facts: stored.facts, text: stored.document.text }, read.text);
  const draft = read.draft(slug);
  if (!carried.file.controller && !read.controllerName)
    throw new IngestionFailure(
      IngestionErrorCode.NO_CONTROLLER,
      `neither the quotes that identify ${stored.file.controller.name} nor another controller's name occur in the text: is it the policy of ${slug}?`,
    );
  mergeCarried(draft, carried, slug, keep);
  warnings.push(
    `${carried.carried.length} fact(s) carried over from version ${base.version}, ${carried.dropped.length} left behind`,
  );
  return { slug, draft, keep, warnings };
}

/**
 * Writes what an attempt read as a draft version, PROPOSED facts with their confidences, through the one gate and the
 * one writer, and marks the ingestion DONE in the same transaction. Facts the gate refuses are left out, each with a
 * warning. The vendors and authorities of the ingest catalogues that the draft names are added to the vocabulary.
 * Throws IngestionFailure (NO_CONTROLLER) when no identity can be written; StaleAttempt when the attempt was overtaken.
 */
export function writeIngestedDraft(
  dataSource: DataSource,
  claimed: Ingestion,
  read: ReadPolicy,
): Promise<WrittenDraft> {
  return WriteTransaction.run(dataSource, ingestionActor(claimed), async (tx) => {
    const { slug, draft, keep, warnings } = await prepareDraft(tx, claimed, read);
    const catalogue = catalogueTerms(draft.facts);
    await addProcessors(tx, catalogue.processors);
    await addAuthorities(tx, catalogue.authorities);
    const terms = await tx.terms();
    const pruned = pruneInvalid(draft, read.text, terms.known());
    if (!pruned)
      throw new IngestionFailure(IngestionErrorCode.NO_CONTROLLER, 'the controller the text names cannot be recorded');
    const keys = new Map<string, string>();
    const sources = new Map<string, FactSource>();
    for (const [fact, place] of pruned.places) {
      const kept = keep.get(fact);
      if (kept) {
        keys.set(place, kept[0]);
        sources.set(place, kept[1]);
        pruned.confidences.delete(place);
      }
    }
    const version = await nextVersion(tx, slug);
    const written = writeVersion(await tx.writer(), terms, pruned.policy, {
      // By a job, as a proposal for people to review.
      status: VersionStatus.DRAFT,
      source: FactSource.INGESTION,
      reviewState: ReviewState.PROPOSED,
      version,
      createdAt: tx.at,
      sourceUrl: claimed.sourceUrl,
      mediaType: read.mediaType,
      sourceId: claimed.sourceId,
      keys,
      sources,
      confidences: pruned.confidences,
    });
    const all = [...warnings, ...pruned.warnings];
    await tx.audit({
      action: AuditAction.VERSION_CREATED,
      subject: toGlobalId('Controller', written.versionKey),
      controllerSlug: slug,
      version,
      after: { ingestion: claimed.nodeId, sha256: pruned.policy.sha256, evidence: written.evidence, warnings: all },
    });
    const result = { slug, version, warnings: all };
    // Once the draft's buffered rows are written: DONE is never seen before its draft, even by a reader that shares
    // this connection without the read lock.
    tx.onFlushed(() => finishIngestion(tx, claimed, result));
    return result;
  });
}
