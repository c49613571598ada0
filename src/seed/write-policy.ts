import {
  AuthorityReference,
  Controller,
  DataCategory,
  DataCategoryDisclosure,
  Dpo,
  Evidence,
  EvidenceSubject,
  LegalBasis,
  LegalBasisClaim,
  Passage,
  PolicyDocument,
  PolicyStatement,
  Processor,
  ProcessorEngagement,
  Purpose,
  PurposeCategory,
  RecipientCategory,
  RecipientDisclosure,
  Right,
  RightsRequest,
  RightStatement,
  StatementTopic,
  SupervisoryAuthority,
} from '../entities';
import { BulkWriter } from './bulk-writer';
import { splitPassages } from './passages';
import { SeedPolicy, Vocabulary } from './read-seeds';
import { EvidenceRef, ProcessorTerm } from './seed-files';

/** The id of every vocabulary term written, by code (vendors and authorities by slug). */
export interface Terms {
  legalBases: Map<string, number>;
  rights: Map<string, number>;
  dataCategories: Map<string, number>;
  purposeCategories: Map<string, number>;
  recipientCategories: Map<string, number>;
  processors: Map<string, number>;
  authorities: Map<string, number>;
}

/** Buffers vendors (from the vocabulary, or generated ones) and adds their ids to `into`. */
export function writeProcessors(writer: BulkWriter, processors: ProcessorTerm[], into: Map<string, number>): void {
  for (const p of processors) {
    into.set(
      p.slug,
      writer.insert(Processor, {
        slug: p.slug,
        name: p.name,
        legalName: p.legalName ?? null,
        website: p.website ?? null,
        country: p.country ?? null,
        parentCountry: p.parentCountry ?? null,
      }),
    );
  }
}

/** Buffers every vocabulary term; returns their ids by code. */
export function writeVocabulary(writer: BulkWriter, v: Vocabulary): Terms {
  const ids = <T>(terms: T[], key: (t: T) => string, write: (t: T) => number) =>
    new Map(terms.map((t) => [key(t), write(t)]));
  const processors = new Map<string, number>();
  writeProcessors(writer, v.processors, processors);
  return {
    legalBases: ids(
      v.legalBases,
      (t) => t.code,
      (t) => writer.insert(LegalBasis, { ...t }),
    ),
    rights: ids(
      v.rights,
      (t) => t.code,
      (t) => writer.insert(Right, { ...t }),
    ),
    dataCategories: ids(
      v.dataCategories,
      (t) => t.code,
      (t) => writer.insert(DataCategory, { ...t }),
    ),
    purposeCategories: ids(
      v.purposeCategories,
      (t) => t.code,
      (t) => writer.insert(PurposeCategory, { ...t }),
    ),
    recipientCategories: ids(
      v.recipientCategories,
      (t) => t.code,
      (t) => writer.insert(RecipientCategory, { ...t }),
    ),
    processors,
    authorities: ids(
      v.supervisoryAuthorities,
      (a) => a.slug,
      (a) =>
        writer.insert(SupervisoryAuthority, {
          slug: a.slug,
          name: a.name,
          acronym: a.acronym,
          country: a.country,
          names: a.names ?? {},
          acronyms: a.acronyms,
          addressColumns: {
            street: a.address.street ?? null,
            postalCode: a.address.postalCode ?? null,
            city: a.address.city ?? null,
            country: a.address.country ?? null,
          },
          phone: a.phone,
          email: a.email,
          website: a.website,
          websites: a.websites,
          dpv: a.dpv,
          predecessors: a.predecessors.map((p) => ({ name: p.name, language: p.language, replacedOn: p.replacedOn })),
          predecessorContacts: a.predecessorContacts,
        }),
    ),
  };
}

/** Looks up a term that was checked before (readSeeds, or the generator); a miss here is a bug, not bad input. */
function term(map: Map<string, number>, key: string): number {
  const found = map.get(key);
  if (found === undefined) throw new Error(`internal: term "${key}" passed validation but was not written`);
  return found;
}

type AddressInput =
  | { street?: string | null; postalCode?: string | null; city?: string | null; country?: string | null }
  | null
  | undefined;
const address = (a: AddressInput) => ({
  street: a?.street ?? null,
  postalCode: a?.postalCode ?? null,
  city: a?.city ?? null,
  country: a?.country ?? null,
});

/**
 * Buffers every row of one policy: its document, controller, facts, evidence (in citation order) and search passages.
 * Returns the number of evidence rows. The policy must be valid (readSeeds' checks, or generated valid).
 */
export function writePolicy(writer: BulkWriter, policy: SeedPolicy, terms: Terms): number {
  const { facts, text } = policy;
  const controllerId = writer.allocate(Controller);
  const documentId = writer.insert(PolicyDocument, {
    slug: facts.document.slug,
    title: facts.document.title,
    language: facts.document.language,
    sourceFile: facts.document.sourceFile,
    sha256: policy.sha256,
    lastUpdated: facts.document.lastUpdated ?? null,
    length: text.length,
    text,
    controllerId,
  });
  // Evidence rows are written after the facts they back, in the order the facts cite them.
  const evidence: Partial<Evidence>[] = [];
  const cite = (refs: EvidenceRef[] | undefined, subjectType: EvidenceSubject, subjectId: number) => {
    for (const span of (refs && policy.evidence.get(refs)) ?? []) {
      evidence.push({ documentId, subjectType, subjectId, quote: span.quote, start: span.start, end: span.end });
    }
  };
  cite(facts.document.lastUpdatedEvidence, EvidenceSubject.DOCUMENT, documentId);

  const c = facts.controller;
  const authorityId = facts.supervisoryAuthority ? term(terms.authorities, facts.supervisoryAuthority.authority) : null;
  writer.insert(Controller, {
    id: controllerId,
    slug: c.slug,
    name: c.name,
    legalName: c.legalName ?? null,
    legalForm: c.legalForm ?? null,
    enterpriseNumber: c.enterpriseNumber ?? null,
    language: facts.document.language,
    website: c.website ?? null,
    email: c.email ?? null,
    phone: c.phone ?? null,
    representative: c.representative ?? null,
    addressColumns: address(c.address),
    documentId,
    supervisoryAuthorityId: authorityId,
    transfersOutsideEEA: facts.transfersOutsideEEA?.occurs ?? null,
    automatedDecisionMaking: facts.automatedDecisionMaking?.used ?? null,
    minimumAge: facts.minimumAge?.age ?? null,
    hasDpo: Boolean(facts.dpo),
  });
  cite(c.evidence, EvidenceSubject.CONTROLLER, controllerId);

  if (facts.dpo) {
    const id = writer.insert(Dpo, {
      controllerId,
      name: facts.dpo.name ?? null,
      organization: facts.dpo.organization ?? null,
      email: facts.dpo.email ?? null,
      phone: facts.dpo.phone ?? null,
      addressColumns: address(facts.dpo.address),
    });
    cite(facts.dpo.evidence, EvidenceSubject.DPO, id);
  }
  if (facts.supervisoryAuthority && authorityId !== null) {
    const s = facts.supervisoryAuthority;
    const id = writer.insert(AuthorityReference, {
      controllerId,
      supervisoryAuthorityId: authorityId,
      namedAs: s.namedAs,
      statedAddress: s.statedContact?.address ?? null,
      statedPhone: s.statedContact?.phone ?? null,
      statedEmail: s.statedContact?.email ?? null,
      statedWebsite: s.statedContact?.website ?? null,
    });
    cite(s.evidence, EvidenceSubject.AUTHORITY_REFERENCE, id);
  }
  for (const claim of facts.legalBases ?? []) {
    const id = writer.insert(LegalBasisClaim, { controllerId, legalBasisId: term(terms.legalBases, claim.code) });
    cite(claim.evidence, EvidenceSubject.LEGAL_BASIS_CLAIM, id);
  }
  for (const item of facts.dataCategories ?? []) {
    const id = writer.insert(DataCategoryDisclosure, {
      controllerId,
      dataCategoryId: term(terms.dataCategories, item.category),
      label: item.label,
      sensitive: item.sensitive ?? false,
      context: item.context ?? null,
    });
    cite(item.evidence, EvidenceSubject.DATA_CATEGORY_DISCLOSURE, id);
  }
  for (const p of facts.purposes ?? []) {
    const purposeId = writer.insert(Purpose, {
      controllerId,
      name: p.name,
      label: p.label,
      purposeCategoryId: term(terms.purposeCategories, p.category),
      retentionDescription: p.retention?.description ?? null,
      retentionDuration: p.retention?.duration ?? null,
    });
    for (const code of new Set(p.legalBases ?? []))
      writer.link('purpose_legal_basis', { purposeId, legalBasisId: term(terms.legalBases, code) });
    for (const code of new Set(p.dataCategories ?? []))
      writer.link('purpose_data_category', { purposeId, dataCategoryId: term(terms.dataCategories, code) });
    cite(p.evidence, EvidenceSubject.PURPOSE, purposeId);
  }
  for (const e of facts.processors ?? []) {
    const engagementId = writer.insert(ProcessorEngagement, {
      controllerId,
      processorId: term(terms.processors, e.processor),
      role: e.role,
      service: e.service ?? null,
    });
    for (const code of new Set(e.dataCategories ?? []))
      writer.link('processor_engagement_data_category', {
        engagementId,
        dataCategoryId: term(terms.dataCategories, code),
      });
    cite(e.evidence, EvidenceSubject.PROCESSOR_ENGAGEMENT, engagementId);
  }
  for (const r of facts.recipients ?? []) {
    const id = writer.insert(RecipientDisclosure, {
      controllerId,
      recipientCategoryId: term(terms.recipientCategories, r.category),
      label: r.label,
    });
    cite(r.evidence, EvidenceSubject.RECIPIENT_DISCLOSURE, id);
  }
  for (const r of facts.rights ?? []) {
    const id = writer.insert(RightStatement, {
      controllerId,
      rightId: term(terms.rights, r.right),
      conditions: r.conditions ?? null,
    });
    cite(r.evidence, EvidenceSubject.RIGHT_STATEMENT, id);
  }
  if (facts.rightsRequest) {
    const r = facts.rightsRequest;
    const id = writer.insert(RightsRequest, {
      controllerId,
      channels: r.channels,
      email: r.email ?? null,
      postalAddress: r.postalAddress ?? null,
      responseTime: r.responseTime ?? null,
      identityProof: r.identityProof ?? null,
      fee: r.fee ?? null,
    });
    cite(r.evidence, EvidenceSubject.RIGHTS_REQUEST, id);
  }
  for (const s of policyStatements(policy)) {
    const id = writer.insert(PolicyStatement, {
      controllerId,
      topic: s.topic,
      kind: s.kind,
      description: s.description,
    });
    cite(s.evidence, EvidenceSubject.POLICY_STATEMENT, id);
  }
  for (const e of evidence) writer.insert(Evidence, e);
  for (const span of splitPassages(text)) {
    writer.insert(Passage, { documentId, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  return evidence.length;
}

/** The statements about the practice as a whole, as rows of policy_statement (topic, kind, description). */
function policyStatements(
  policy: SeedPolicy,
): { topic: StatementTopic; kind: string | null; description: string; evidence: EvidenceRef[] }[] {
  const { facts } = policy;
  const statements = [
    ...(facts.dataSources ?? []).map((s) => ({
      topic: StatementTopic.DATA_SOURCE,
      kind: s.kind as string | null,
      description: s.description,
      evidence: s.evidence,
    })),
    ...(facts.cookies ?? []).map((s) => ({
      topic: StatementTopic.COOKIES,
      kind: s.kind as string | null,
      description: s.description,
      evidence: s.evidence,
    })),
    ...(facts.security ?? []).map((s) => ({
      topic: StatementTopic.SECURITY,
      kind: null,
      description: s.description,
      evidence: s.evidence,
    })),
  ];
  if (facts.retention) {
    const r = facts.retention;
    statements.push({
      topic: StatementTopic.RETENTION,
      kind: r.duration ?? null,
      description: r.description,
      evidence: r.evidence,
    });
  }
  if (facts.minimumAge) {
    const m = facts.minimumAge;
    statements.push({
      topic: StatementTopic.MINIMUM_AGE,
      kind: String(m.age),
      description: `Not directed at people under ${m.age}.`,
      evidence: m.evidence,
    });
  }
  if (facts.automatedDecisionMaking) {
    const a = facts.automatedDecisionMaking;
    statements.push({
      topic: StatementTopic.AUTOMATED_DECISION_MAKING,
      kind: a.used ? 'USED' : 'NOT_USED',
      description:
        a.description ?? (a.used ? 'Uses automated decision-making.' : 'Does not use automated decision-making.'),
      evidence: a.evidence,
    });
  }
  if (facts.transfersOutsideEEA) {
    const t = facts.transfersOutsideEEA;
    statements.push({
      topic: StatementTopic.TRANSFERS,
      kind: t.occurs ? 'OCCURS' : 'NONE',
      description:
        t.safeguards ??
        (t.occurs ? 'Transfers outside the EEA; no safeguard stated.' : 'No transfers outside the EEA.'),
      evidence: t.evidence,
    });
  }
  if (facts.presumedConsent) {
    const p = facts.presumedConsent;
    statements.push({
      topic: StatementTopic.PRESUMED_CONSENT,
      kind: null,
      description: p.description,
      evidence: p.evidence,
    });
  }
  return statements;
}
