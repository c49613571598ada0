import {
  Controller,
  Evidence,
  Fact,
  FactKind,
  FactSource,
  PolicyDocument,
  ReviewState,
  VersionStatus,
} from '../entities';
import { EvidenceRef } from '../policy/fact-file';
import { LocatedEvidence, ValidPolicy } from '../policy/validate-policy';
import { AnyFact, addressColumns, FACT_KINDS, factsOf } from './kinds';
import { writePassages } from './passages';
import { TermIndex } from './terms';
import { BulkWriter } from './writer';

/** How a new version is written: its number and status, who made it, and the state of its facts. */
export interface VersionOptions {
  version: number;
  status: VersionStatus;
  source: FactSource;
  /** The review state of every fact (seeds: ACCEPTED; the extractor's and carried-over facts: PROPOSED). */
  reviewState: ReviewState;
  createdAt: string;
  seedFingerprint?: string | null;
  sourceUrl?: string | null;
  /** The media type the text was read from (default text/plain) and the stored bytes it was read from. */
  mediaType?: string;
  sourceId?: number | null;
  /** Per fact, by its place in the fact file (see factPlace): the key to keep (a fact carried over). */
  keys?: Map<string, string>;
  /** Per fact, by its place: who made it, when not the version's source (a carried-over fact keeps its own). */
  sources?: Map<string, FactSource>;
  /** Per fact, by its place: the extractor's confidence. */
  confidences?: Map<string, number>;
}

/** The rows of a written version that its caller needs next (audit entries, global ids). */
export interface WrittenVersion {
  controllerId: number;
  documentId: number;
  versionKey: string;
  evidence: number;
}

/** Where a fact stands in a fact file: `controller`, `dpo`, `purposes[2]`, ... (the keys of VersionOptions' maps). */
export const factPlace = (field: string, index: number | null) => (index === null ? field : `${field}[${index}]`);

/** Gives each fact a key unique in its version: its natural key, then `~2`, `~3`, ... for repeats. */
function keyer(): (key: string) => string {
  const used = new Map<string, number>();
  return (key) => {
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return n === 1 ? key : `${key}~${n}`;
  };
}

/** The controller's columns that sum up its facts (filters and lists read them without joining the facts). */
export function derivedColumns(policy: ValidPolicy['facts'], terms: TermIndex) {
  return {
    hasDpo: Boolean(policy.dpo),
    supervisoryAuthorityId: policy.supervisoryAuthority
      ? terms.id('authorities', policy.supervisoryAuthority.authority)
      : null,
    transfersOutsideEEA: policy.transfersOutsideEEA?.occurs ?? null,
    automatedDecisionMaking: policy.automatedDecisionMaking?.used ?? null,
    minimumAge: policy.minimumAge?.age ?? null,
  };
}

/**
 * Buffers every row of one version of a policy: its document, its controller row (identity and the summary
 * columns), one `fact` row per fact (the identity and the document's own facts included), the content rows of each
 * kind, the evidence, and (when `status` is PUBLISHED) the search passages. The policy passed the gate
 * (validatePolicy). Ids come from the writer, so that rows can point at each other before anything is sent.
 */
export function writeVersion(
  writer: BulkWriter,
  terms: TermIndex,
  policy: ValidPolicy,
  options: VersionOptions,
): WrittenVersion {
  const { facts, text } = policy;
  const slug = facts.controller.slug;
  const versionKey = `${slug}@${options.version}`;
  const controllerId = writer.allocate(Controller);
  const documentId = writer.allocate(PolicyDocument);
  const uniqueKey = keyer();
  let evidenceCount = 0;

  /** Buffers the `fact` row and the evidence of one fact; returns its id and the key of its global id. */
  const fact = (kind: FactKind, place: string, field: string, naturalKey: string, refs: EvidenceRef[] | undefined) => {
    const key = uniqueKey(options.keys?.get(place) ?? naturalKey);
    const id = writer.insert(Fact, {
      controllerId,
      kind,
      field,
      key,
      reviewState: options.reviewState,
      source: options.sources?.get(place) ?? options.source,
      confidence: options.confidences?.get(place) ?? null,
      revision: 1,
    });
    const nodeKey = `${versionKey}/${key}`;
    for (const span of (refs && policy.evidence.get(refs)) ?? []) {
      cite(writer, documentId, id, nodeKey, span);
      evidenceCount++;
    }
    return { id, nodeKey };
  };

  const c = facts.controller;
  const identity = fact(FactKind.CONTROLLER, 'controller', 'controller', 'controller', c.evidence);
  const dated = fact(FactKind.DOCUMENT, 'document', 'document', 'document', facts.document.lastUpdatedEvidence);
  writer.insert(PolicyDocument, {
    id: documentId,
    slug,
    version: options.version,
    factId: dated.id,
    title: facts.document.title,
    language: facts.document.language,
    sourceFile: facts.document.sourceFile,
    sourceUrl: options.sourceUrl ?? null,
    mediaType: options.mediaType ?? 'text/plain',
    sourceId: options.sourceId ?? null,
    sha256: policy.sha256,
    lastUpdated: facts.document.lastUpdated ?? null,
    length: text.length,
    text,
    controllerId,
  });
  writer.insert(Controller, {
    id: controllerId,
    slug,
    version: options.version,
    status: options.status,
    revision: 1,
    source: options.source,
    createdAt: options.createdAt,
    publishedAt: options.status === VersionStatus.PUBLISHED ? options.createdAt : null,
    seedFingerprint: options.seedFingerprint ?? null,
    factId: identity.id,
    name: c.name,
    legalName: c.legalName ?? null,
    legalForm: c.legalForm ?? null,
    enterpriseNumber: c.enterpriseNumber ?? null,
    kvkNumber: c.kvkNumber ?? null,
    vatNumber: c.vatNumber ?? null,
    language: facts.document.language,
    website: c.website ?? null,
    email: c.email ?? null,
    phone: c.phone ?? null,
    representative: c.representative ?? null,
    addressColumns: addressColumns(c.address),
    documentId,
    ...derivedColumns(facts, terms),
  });
  for (const module of FACT_KINDS) {
    factsOf<AnyFact>(module, facts).forEach((value, i) => {
      const place = factPlace(module.field, module.many ? i : null);
      const written = fact(module.kind, place, module.field, module.key(value), value.evidence);
      module.write({ writer, terms, controllerId, controllerSlug: slug }, written, value);
    });
  }
  if (options.status === VersionStatus.PUBLISHED) writePassages(writer, documentId, text);
  return { controllerId, documentId, versionKey, evidence: evidenceCount };
}

/** Buffers one evidence row; its global id is its fact's and its place (`<fact>#<start>-<end>`). */
export function cite(
  writer: BulkWriter,
  documentId: number,
  factId: number,
  factKey: string,
  span: LocatedEvidence,
): void {
  writer.insert(Evidence, {
    documentId,
    factId,
    nodeKey: `${factKey}#${span.start}-${span.end}`,
    quote: span.quote,
    start: span.start,
    end: span.end,
  });
}
