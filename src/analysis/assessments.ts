import { Evidence, LegalBasisCode, ProcessorRole, RightCode, StatementTopic } from '../entities';
import { mergeEvidence, textOf } from './evidence';
import { isOutsideEEA } from './geography';
import { NECESSITY, normalizeContact, normalizeName, PERIOD, TRANSFER_TOOL } from './patterns';
import { EngagementView, PolicyFacts, PurposeView, StatementView } from './policy-facts';

/**
 * Readings of the facts that both the transparency report and the findings rely on, so that the two never disagree
 * (the retention item and the retention finding, the rights items and the missing-right finding, ...).
 */

/** The statements of one topic, in document order. */
export function statementsAbout(facts: PolicyFacts, topic: StatementTopic): StatementView[] {
  return facts.statements.filter((s) => s.topic === topic);
}

/** Every lawful basis the policy relies on, in general or for a purpose, with the evidence of each. */
export function basesReliedOn(facts: PolicyFacts): Map<LegalBasisCode, Evidence[]> {
  const bases = new Map<LegalBasisCode, Evidence[]>();
  const add = (code: LegalBasisCode, evidence: Evidence[]) => bases.set(code, mergeEvidence(bases.get(code), evidence));
  for (const claim of facts.legalBasisClaims) add(claim.basis.code, claim.evidence);
  for (const purpose of facts.purposes) for (const basis of purpose.legalBases) add(basis.code, purpose.evidence);
  return bases;
}

/** Purposes of (direct) marketing: those that bring the right of Art. 21(2) into play. */
export function marketingPurposes(facts: PolicyFacts): PurposeView[] {
  return facts.purposes.filter((p) => p.category.code === 'DirectMarketing' || p.category.code === 'Marketing');
}

/** A data-subject right the policy must state, and why (or why not). */
export interface RightRequirement {
  code: RightCode;
  /** Key of the transparency item. */
  key: string;
  article: string;
  requirement: string;
  required: boolean;
  /** Why the right must (or need not) be stated, in one sentence. */
  because: string;
  /** The facts that make the right required or not (bases, purposes); empty when it is always required. */
  grounds: Evidence[];
}

/**
 * The rights of Art. 13(2)(b)-(d) and whether this policy must state each: access, rectification, erasure and
 * restriction always; portability where it relies on consent or a contract (Art. 20(1)); objection where it relies on
 * legitimate interests or a public task (Art. 21(1)); objection to direct marketing where it has marketing purposes
 * (Art. 21(2)); withdrawal where it relies on consent (13(2)(c)); a complaint to an authority always (13(2)(d)). When
 * the policy states no lawful basis at all, portability and objection count as required: nothing rules them out.
 */
export function rightRequirements(facts: PolicyFacts): RightRequirement[] {
  const bases = basesReliedOn(facts);
  const unknownBases = bases.size === 0;
  const relied = (codes: LegalBasisCode[]) => codes.filter((c) => bases.has(c));
  const groundsOf = (codes: LegalBasisCode[]) => mergeEvidence(...codes.map((c) => bases.get(c)));
  const always = (code: RightCode, key: string, requirement: string): RightRequirement => ({
    code,
    key,
    article: '13(2)(b)',
    requirement,
    required: true,
    because: 'Art. 13(2)(b) requires every policy to state it.',
    grounds: [],
  });
  const byBasis = (
    code: RightCode,
    key: string,
    requirement: string,
    triggers: LegalBasisCode[],
    applies: string,
  ): RightRequirement => {
    const found = relied(triggers);
    return {
      code,
      key,
      article: '13(2)(b)',
      requirement,
      required: unknownBases || found.length > 0,
      because: unknownBases
        ? `It applies to processing based on ${applies}; the policy states no lawful basis, so nothing rules it out.`
        : found.length
          ? `It applies to processing based on ${applies}, and the policy relies on ${found.join(', ')}.`
          : `It applies only to processing based on ${applies}, on which the policy does not rely.`,
      grounds: groundsOf(found.length ? found : [...bases.keys()]),
    };
  };
  const marketing = marketingPurposes(facts);
  const consent = bases.get(LegalBasisCode.CONSENT);
  return [
    always(RightCode.ACCESS, 'right-access', 'Right of access (Art. 15)'),
    always(RightCode.RECTIFICATION, 'right-rectification', 'Right to rectification (Art. 16)'),
    always(RightCode.ERASURE, 'right-erasure', 'Right to erasure (Art. 17)'),
    always(RightCode.RESTRICTION, 'right-restriction', 'Right to restriction of processing (Art. 18)'),
    byBasis(
      RightCode.PORTABILITY,
      'right-portability',
      'Right to data portability (Art. 20)',
      [LegalBasisCode.CONSENT, LegalBasisCode.CONTRACT],
      'consent or a contract (Art. 20(1)(a))',
    ),
    byBasis(
      RightCode.OBJECTION,
      'right-objection',
      'Right to object (Art. 21(1))',
      [LegalBasisCode.LEGITIMATE_INTERESTS, LegalBasisCode.PUBLIC_TASK],
      'legitimate interests or a public task (Art. 21(1))',
    ),
    {
      code: RightCode.OBJECT_DIRECT_MARKETING,
      key: 'right-object-direct-marketing',
      article: '13(2)(b)',
      requirement: 'Right to object to direct marketing at any time (Art. 21(2))',
      required: marketing.length > 0,
      because: marketing.length
        ? `The policy has marketing purposes (${marketing.map((p) => p.name).join('; ')}), and Art. 21(4) requires the right to be brought explicitly to attention.`
        : 'The policy states no marketing purpose.',
      grounds: mergeEvidence(...marketing.map((p) => p.evidence)),
    },
    {
      code: RightCode.WITHDRAW_CONSENT,
      key: 'withdraw-consent',
      article: '13(2)(c)',
      requirement: 'Right to withdraw consent at any time (Art. 7(3))',
      required: !!consent,
      because: consent ? 'The policy relies on consent.' : 'The policy relies on no consent that it states.',
      grounds: consent ?? [],
    },
    {
      code: RightCode.COMPLAINT,
      key: 'complaint',
      article: '13(2)(d)',
      requirement: 'Right to lodge a complaint with a supervisory authority (Art. 77)',
      required: true,
      because: 'Art. 13(2)(d) requires every policy to state it.',
      grounds: [],
    },
  ];
}

/** How a policy states retention: per purpose, in a general rule, both or neither. */
export interface RetentionReading {
  /** The general rule (not tied to one purpose), if the policy gives one. */
  general: StatementView | null;
  /** The general rule gives only "as long as necessary": no period and no other criterion. */
  generalIsVague: boolean;
  withRetention: PurposeView[];
  withoutRetention: PurposeView[];
}

/** Whether a retention text says only "as long as necessary": necessity wording and no period of time. */
export function isNecessityOnly(text: string): boolean {
  return NECESSITY.test(text) && !PERIOD.test(text);
}

/** Reads the retention rules of a policy (13(2)(a)). */
export function readRetention(facts: PolicyFacts): RetentionReading {
  const general = statementsAbout(facts, StatementTopic.RETENTION)[0] ?? null;
  return {
    general,
    generalIsVague: !!general && !general.kind && isNecessityOnly(textOf([general.description], general.evidence)),
    withRetention: facts.purposes.filter((p) => p.retention),
    withoutRetention: facts.purposes.filter((p) => !p.retention),
  };
}

/** The policy names the supervisory authority by a predecessor's name or gives a predecessor's contact details. */
export interface OutdatedAuthority {
  /** The predecessor's name as the policy uses it, or null when only a contact detail is outdated. */
  predecessorName: string | null;
  /** Outdated e-mail addresses and websites the policy gives. */
  contacts: string[];
  /** When the current authority replaced the predecessor (ISO date). */
  replacedOn: string | null;
  /** The spans with the outdated name or contacts. */
  evidence: Evidence[];
}

/** Reads whether the authority reference is outdated; null when it is current or the policy names no authority. */
export function outdatedAuthority(facts: PolicyFacts): OutdatedAuthority | null {
  const authority = facts.supervisoryAuthority;
  const reference = facts.authorityReference;
  if (!authority || !reference) return null;
  const named = normalizeName(reference.namedAs);
  const predecessor = authority.predecessors.find((p) => {
    const name = normalizeName(p.name);
    return name.length > 0 && named.includes(name);
  });
  const outdatedEmails = authority.predecessorEmails.map(normalizeContact);
  const outdatedSites = authority.predecessorWebsites.map(normalizeContact);
  const contacts = [
    ...(reference.statedEmail && outdatedEmails.includes(normalizeContact(reference.statedEmail))
      ? [reference.statedEmail]
      : []),
    ...(reference.statedWebsite && outdatedSites.includes(normalizeContact(reference.statedWebsite))
      ? [reference.statedWebsite]
      : []),
  ];
  if (!predecessor && contacts.length === 0) return null;
  const needles = [predecessor?.name, ...contacts].filter((n): n is string => !!n);
  const evidence = reference.evidence.filter((span) => {
    const quote = normalizeName(span.quote);
    return needles.some((needle) => quote.includes(normalizeName(needle)));
  });
  return {
    predecessorName: predecessor ? reference.namedAs : null,
    contacts,
    replacedOn: predecessor?.replacedOn ?? authority.predecessors[0]?.replacedOn ?? null,
    evidence: evidence.length ? evidence : reference.evidence,
  };
}

/** What the policy says about transfers outside the EEA. */
export interface TransferReading {
  /** True: transfers take place; false: the policy says none do; null: it is silent. */
  occurs: boolean | null;
  statement: StatementView | null;
  /** The policy names a transfer tool of Chapter V (adequacy, SCCs, BCRs, an article of 45-49). */
  toolNamed: boolean;
}

/** Reads the transfer statement (13(1)(f)). */
export function readTransfers(facts: PolicyFacts): TransferReading {
  const statement = statementsAbout(facts, StatementTopic.TRANSFERS)[0] ?? null;
  const occurs = statement
    ? statement.kind === 'OCCURS'
      ? true
      : statement.kind === 'NONE'
        ? false
        : facts.controller.transfersOutsideEEA
    : facts.controller.transfersOutsideEEA;
  return {
    occurs,
    statement,
    toolNamed: !!statement && TRANSFER_TOOL.test(textOf([statement.description], statement.evidence)),
  };
}

/** A named vendor that suggests data leave the EEA. */
export interface NonEeaVendor {
  engagement: EngagementView;
  /** The vendor's contracting entity is itself outside the EEA (not only its group's parent). */
  established: boolean;
  /** The country outside the EEA: the entity's, or its parent's. */
  country: string;
}

/**
 * Vendors that suggest a transfer outside the EEA: processors established outside it or whose group's parent is, and
 * systems the controller uses whose vendor is established outside it. A system whose vendor contracts from inside the
 * EEA is not counted (the policy does not say the vendor receives data). One entry per vendor.
 */
export function nonEeaVendors(facts: PolicyFacts): NonEeaVendor[] {
  const found = new Map<string, NonEeaVendor>();
  for (const engagement of facts.processors) {
    const { slug, country, parentCountry } = engagement.processor;
    if (found.has(slug)) continue;
    if (engagement.role === ProcessorRole.PROCESSOR) {
      if (isOutsideEEA(country)) found.set(slug, { engagement, established: true, country });
      else if (isOutsideEEA(parentCountry)) found.set(slug, { engagement, established: false, country: parentCountry });
    } else if (engagement.role === ProcessorRole.SYSTEM && isOutsideEEA(country)) {
      found.set(slug, { engagement, established: true, country });
    }
  }
  return [...found.values()];
}

/** A source of data not obtained from the person (Art. 14): a named vendor, unnamed third parties or public sources. */
export interface IndirectSource {
  kind: 'VENDOR' | 'THIRD_PARTY' | 'PUBLIC_SOURCE';
  /** The vendor's name, or the statement's description. */
  name: string;
  vendorSlug: string | null;
  /** Data categories the policy ties to the source: the vendor engagement's, and items stated in the same words. */
  dataCategories: string[];
  evidence: Evidence[];
}

/** Whether two lists of spans share a span (the policy states two facts in the same words). */
export function shareSpan(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  const keys = new Set(a.map((s) => `${s.documentId}:${s.start}:${s.end}`));
  return b.some((s) => keys.has(`${s.documentId}:${s.start}:${s.end}`));
}

/**
 * The sources of data not obtained from the person: DATA_SOURCE vendors (one per vendor), then the THIRD_PARTY and
 * PUBLIC_SOURCE statements that do not merely restate a named vendor (they share none of its spans).
 */
export function indirectSources(facts: PolicyFacts): IndirectSource[] {
  const vendors = new Map<string, IndirectSource>();
  for (const e of facts.processors.filter((p) => p.role === ProcessorRole.DATA_SOURCE)) {
    const source = vendors.get(e.processor.slug) ?? {
      kind: 'VENDOR' as const,
      name: e.processor.name,
      vendorSlug: e.processor.slug,
      dataCategories: [],
      evidence: [],
    };
    source.dataCategories.push(...e.dataCategories.map((c) => c.name));
    source.evidence = mergeEvidence(source.evidence, e.evidence);
    vendors.set(e.processor.slug, source);
  }
  const statements = statementsAbout(facts, StatementTopic.DATA_SOURCE)
    .filter((s) => s.kind === 'THIRD_PARTY' || s.kind === 'PUBLIC_SOURCE')
    .filter((s) => ![...vendors.values()].some((v) => shareSpan(v.evidence, s.evidence)))
    .map((s): IndirectSource => ({
      kind: s.kind as 'THIRD_PARTY' | 'PUBLIC_SOURCE',
      name: s.description,
      vendorSlug: null,
      dataCategories: [],
      evidence: s.evidence,
    }));
  const sources = [...vendors.values(), ...statements];
  for (const source of sources)
    for (const d of facts.dataCategories)
      if (shareSpan(source.evidence, d.evidence)) source.dataCategories.push(d.label);
  return sources.map((s) => ({ ...s, dataCategories: [...new Set(s.dataCategories)] }));
}
