import { Evidence, LegalBasisCode, RightCode, StatementTopic } from '../../entities';
import {
  basesReliedOn,
  indirectSources,
  nonEeaVendors,
  outdatedAuthority,
  readRetention,
  readTransfers,
  RightRequirement,
  rightRequirements,
  shareSpan,
  statementsAbout,
} from '../assessments';
import { mergeEvidence, quoted } from '../evidence';
import { countryName, isOutsideEEA } from '../geography';
import { TransparencyItem, TransparencyStatus } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * One function per information requirement of GDPR Art. 13 and 14 (WP260 rev.01, annex): each reads the facts of
 * one policy and returns the item(s) with a status, a rationale and the evidence it rests on. Pure: no I/O.
 */

const { MET, PARTIAL, MISSING, NOT_APPLICABLE } = TransparencyStatus;

function item(
  key: string,
  article: string,
  requirement: string,
  status: TransparencyStatus,
  rationale: string,
  ...evidence: (readonly Evidence[] | null | undefined)[]
): TransparencyItem {
  return { key, article, requirement, status, rationale, evidence: mergeEvidence(...evidence) };
}

const list = (names: string[]) => names.join('; ');

/** 13(1)(a): MET with the legal name, a postal address and an e-mail address or phone; PARTIAL with less. */
export function controllerIdentity(facts: PolicyFacts): TransparencyItem {
  const c = facts.controller;
  const args = ['controller-identity', '13(1)(a)', 'Identity and contact details of the controller'] as const;
  if (!c.evidence.length) return item(...args, MISSING, 'The policy does not say who the controller is.');
  const address = c.address ? [c.address.street, [c.address.postalCode, c.address.city].filter(Boolean).join(' ')] : [];
  const given = [
    c.legalName ? `the legal name ${c.legalName}` : `only the name ${c.name}`,
    c.enterpriseNumber ? `enterprise number ${c.enterpriseNumber}` : null,
    c.kvkNumber ? `KvK number ${c.kvkNumber}` : null,
    c.vatNumber && !c.enterpriseNumber ? `VAT number ${c.vatNumber}` : null,
    c.address ? `a postal address (${address.filter(Boolean).join(', ')})` : null,
    c.email ? `e-mail ${c.email}` : null,
    c.phone ? `phone ${c.phone}` : null,
  ].filter((g): g is string => !!g);
  const lacking = [
    c.legalName ? null : 'legal name',
    c.address ? null : 'postal address',
    c.email || c.phone ? null : 'e-mail address or phone number',
  ].filter((l): l is string => !!l);
  const status = lacking.length ? PARTIAL : MET;
  const rationale = `Gives ${given.join(', ')}.${lacking.length ? ` Lacks: ${lacking.join(', ')}.` : ''}`;
  return item(...args, status, rationale, c.evidence);
}

/** 13(1)(b): MET when a DPO is named with a contact; NOT_APPLICABLE when none is named (a DPO is not always required). */
export function dpoContact(facts: PolicyFacts): TransparencyItem {
  const args = ['dpo-contact', '13(1)(b)', 'Contact details of the data protection officer'] as const;
  const dpo = facts.dpo;
  if (!dpo)
    return item(
      ...args,
      NOT_APPLICABLE,
      'Names no data protection officer. Art. 13(1)(b) applies where one is designated; a DPO is mandatory only in the cases of Art. 37(1), and the policy does not say it has one.',
    );
  const contacts = [
    dpo.email ? `e-mail ${dpo.email}` : null,
    dpo.phone ? `phone ${dpo.phone}` : null,
    dpo.hasAddress ? 'a postal address' : null,
  ].filter((x): x is string => !!x);
  const who = dpo.name ?? dpo.organization ?? 'a data protection officer';
  return contacts.length
    ? item(...args, MET, `Names ${who} as data protection officer, reachable by ${contacts.join(', ')}.`, dpo.evidence)
    : item(...args, PARTIAL, `Names ${who} as data protection officer but gives no way to reach them.`, dpo.evidence);
}

/** 13(1)(c), purposes: MET when the policy states at least one purpose. */
export function purposesStated(facts: PolicyFacts): TransparencyItem {
  const args = ['purposes', '13(1)(c)', 'Purposes of the processing'] as const;
  const purposes = facts.purposes;
  return purposes.length
    ? item(
        ...args,
        MET,
        `States ${purposes.length} purpose(s): ${list(purposes.map((p) => p.name))}.`,
        ...purposes.map((p) => p.evidence),
      )
    : item(...args, MISSING, 'States no purpose of processing.');
}

/** 13(1)(c), legal basis: MET when every purpose has a basis tied to it; PARTIAL with general or some bases. */
export function legalBasisPerPurpose(facts: PolicyFacts): TransparencyItem {
  const args = ['legal-basis', '13(1)(c)', 'Lawful basis for each purpose'] as const;
  const tied = facts.purposes.filter((p) => p.legalBases.length);
  const untied = facts.purposes.filter((p) => !p.legalBases.length);
  const tiedCodes = new Set(tied.flatMap((p) => p.legalBases.map((b) => b.code)));
  const stated = [...new Set(facts.legalBasisClaims.map((c) => c.basis.code))];
  const general = stated.filter((c) => !tiedCodes.has(c));
  const evidence = [...facts.legalBasisClaims.map((c) => c.evidence), ...facts.purposes.map((p) => p.evidence)];
  if (!tied.length && !stated.length)
    return item(...args, MISSING, 'States no lawful basis (Art. 6(1)) for any of its purposes.', ...evidence);
  if (facts.purposes.length && !untied.length)
    return item(
      ...args,
      MET,
      `Ties a lawful basis to each of its ${tied.length} purpose(s): ${list(tied.map((p) => `${p.name} (${p.legalBases.map((b) => b.code).join(', ')})`))}.`,
      ...evidence,
    );
  const parts = [
    tied.length
      ? `Ties a lawful basis to ${tied.length} of ${facts.purposes.length} purposes (${list(tied.map((p) => `${p.name}: ${p.legalBases.map((b) => b.code).join(', ')}`))}).`
      : null,
    general.length ? `States ${general.join(', ')} in general, without saying which purposes they cover.` : null,
    untied.length ? `No basis is tied to: ${list(untied.map((p) => p.name))}.` : null,
  ].filter((p): p is string => !!p);
  return item(...args, PARTIAL, parts.join(' '), ...evidence);
}

/** 13(1)(d): MET when legitimate interests are tied to purposes that say what they serve; PARTIAL when only general. */
export function legitimateInterests(facts: PolicyFacts): TransparencyItem {
  const args = ['legitimate-interests', '13(1)(d)', 'Legitimate interests pursued'] as const;
  if (!basesReliedOn(facts).has(LegalBasisCode.LEGITIMATE_INTERESTS))
    return item(
      ...args,
      NOT_APPLICABLE,
      'The policy relies on no legitimate interests that it states.',
      ...facts.legalBasisClaims.map((c) => c.evidence),
    );
  const purposes = facts.purposes.filter((p) =>
    p.legalBases.some((b) => b.code === LegalBasisCode.LEGITIMATE_INTERESTS),
  );
  const claims = facts.legalBasisClaims.filter((c) => c.basis.code === LegalBasisCode.LEGITIMATE_INTERESTS);
  return purposes.length
    ? item(
        ...args,
        MET,
        `Relies on legitimate interests for purposes that say what the interest serves: ${list(purposes.map((p) => p.name))}.`,
        ...purposes.map((p) => p.evidence),
        ...claims.map((c) => c.evidence),
      )
    : item(
        ...args,
        PARTIAL,
        'Relies on legitimate interests only in general, without tying them to a purpose, so no interest is identified for any processing; the evidence is all the policy says of them.',
        ...claims.map((c) => c.evidence),
      );
}

/**
 * Recipient categories that say nothing of who the recipients are (WP260 rev.01 annex: name the type of recipient by
 * its activity, its sector and location).
 */
const GENERIC_RECIPIENT_CATEGORIES = new Set(['service-provider']);

/**
 * 13(1)(e): MET when the policy names processors or a category of recipients by the kind of activity; PARTIAL when
 * it names only "companies that process data on our behalf"; MISSING when it names none.
 */
export function recipients(facts: PolicyFacts): TransparencyItem {
  const args = ['recipients', '13(1)(e)', 'Recipients or categories of recipients'] as const;
  const processors = facts.processors.filter((e) => e.role === 'PROCESSOR');
  const names = [...new Set(processors.map((e) => e.processor.name))];
  if (!names.length && !facts.recipients.length)
    return item(
      ...args,
      MISSING,
      'Names no recipient or category of recipients, and does not say there are none (Art. 13(1)(e): "if any").',
    );
  const parts = [
    names.length ? `the processors ${names.join(', ')}` : null,
    facts.recipients.length
      ? `the categories of recipients ${list(facts.recipients.map((r) => quoted(r.label)))}`
      : null,
  ].filter((p): p is string => !!p);
  const generic = !names.length && facts.recipients.every((r) => GENERIC_RECIPIENT_CATEGORIES.has(r.category.code));
  return item(
    ...args,
    generic ? PARTIAL : MET,
    `Names ${parts.join('; and ')}.${generic ? ' That says who processes the data only as "service providers", not by activity or sector.' : ''}`,
    ...processors.map((e) => e.evidence),
    ...facts.recipients.map((r) => r.evidence),
  );
}

/** 13(1)(f): what the policy says of transfers outside the EEA against what the vendors it names suggest. */
export function thirdCountryTransfers(facts: PolicyFacts): TransparencyItem {
  const args = ['third-country-transfers', '13(1)(f)', 'Transfers to third countries and their safeguards'] as const;
  const { occurs, statement, toolNamed } = readTransfers(facts);
  const vendors = nonEeaVendors(facts);
  const vendorText = vendors
    .map((v) =>
      v.established
        ? `${v.engagement.processor.name} (established in ${countryName(v.country)})`
        : `${v.engagement.processor.name} (group parent in ${countryName(v.country)})`,
    )
    .join(', ');
  const vendorEvidence = vendors.map((v) => v.engagement.evidence);
  const counted = new Set(vendors.map((v) => v.engagement.processor.slug));
  const uncounted = [
    ...new Set(
      facts.processors
        .filter((e) => !counted.has(e.processor.slug) && e.role === 'SYSTEM' && isOutsideEEA(e.processor.parentCountry))
        .map((e) => e.processor.name),
    ),
  ];
  const notCounted = uncounted.length
    ? ` Not counted: ${uncounted.join(', ')}, systems from an EEA entity of a group outside the EEA, which the policy does not say receive personal data.`
    : '';
  if (occurs === true)
    return toolNamed
      ? item(
          ...args,
          MET,
          `States transfers outside the EEA and the tool they rest on: ${quoted(statement?.description ?? '')}.`,
          statement?.evidence,
        )
      : item(
          ...args,
          PARTIAL,
          `States that data are transferred outside the EEA, but names no transfer tool (adequacy decision, standard contractual clauses, binding corporate rules, an Art. 49 derogation) nor where to obtain a copy of the safeguards.`,
          statement?.evidence,
          ...vendorEvidence,
        );
  if (occurs === false)
    return vendors.length
      ? item(
          ...args,
          PARTIAL,
          `States that no data leave the EEA, yet names ${vendorText}.`,
          statement?.evidence,
          ...vendorEvidence,
        )
      : item(...args, NOT_APPLICABLE, 'States that no data leave the EEA.', statement?.evidence);
  return vendors.length
    ? item(
        ...args,
        MISSING,
        `Says nothing about transfers outside the EEA, although it names ${vendorText}.${notCounted}`,
        ...vendorEvidence,
      )
    : item(
        ...args,
        NOT_APPLICABLE,
        `Says nothing about transfers outside the EEA, and names no processor established, or with its group parent, outside the EEA, nor a system from a vendor established outside it.${notCounted}`,
        ...facts.processors.map((e) => e.evidence),
      );
}

/**
 * 13(2)(a): MET with a period or criterion for all data; PARTIAL with periods for some purposes; MISSING with none,
 * and MISSING too when the policy only says data are kept "as long as necessary": WP260 rev.01 §45 holds that such a
 * generic statement does not meet the requirement (the quote is kept as the evidence of what the policy says).
 */
export function retention(facts: PolicyFacts): TransparencyItem {
  const args = ['retention', '13(2)(a)', 'Retention period or the criteria to determine it'] as const;
  const { general, generalIsVague, withRetention, withoutRetention } = readRetention(facts);
  const perPurpose = withRetention.map((p) => p.evidence);
  const periods = list(withRetention.map((p) => `${p.name}: ${p.retention?.description}`));
  if (general && !generalIsVague)
    return item(
      ...args,
      MET,
      `States a retention rule with a period or criterion for all data: ${quoted(general.description)}.${withRetention.length ? ` Per purpose: ${periods}.` : ''}`,
      general.evidence,
      ...perPurpose,
    );
  if (facts.purposes.length && !withoutRetention.length)
    return item(...args, MET, `Gives a retention period or criterion for every purpose: ${periods}.`, ...perPurpose);
  if (withRetention.length)
    return item(
      ...args,
      PARTIAL,
      `Gives periods for ${withRetention.length} of ${facts.purposes.length} purposes (${periods}); for ${list(withoutRetention.map((p) => p.name))} ${general ? `only the general rule ${quoted(general.description)}` : 'none'}.`,
      general?.evidence,
      ...perPurpose,
    );
  if (general)
    return item(
      ...args,
      MISSING,
      `States only that data are kept as long as necessary, ${quoted(general.description)}, with no period and no criteria to determine one: a generic statement that does not meet Art. 13(2)(a) (WP260 rev.01 §45).`,
      general.evidence,
    );
  return item(...args, MISSING, 'States no retention period and no criteria to determine one.');
}

function rightItem(facts: PolicyFacts, requirement: RightRequirement): TransparencyItem {
  const args = [requirement.key, requirement.article, requirement.requirement] as const;
  const stated = facts.rights.filter((r) => r.right.code === requirement.code);
  if (stated.length) {
    const conditions = stated.map((r) => r.conditions).filter((c): c is string => !!c);
    return item(
      ...args,
      MET,
      `States the right${conditions.length ? `, with these conditions: ${conditions.join(' ')}` : '.'}`,
      ...stated.map((r) => r.evidence),
    );
  }
  if (!requirement.required) return item(...args, NOT_APPLICABLE, requirement.because, requirement.grounds);
  return item(
    ...args,
    MISSING,
    `Does not state the right. ${requirement.because}`,
    requirement.grounds,
    ...facts.rights.map((r) => r.evidence),
  );
}

/** 13(2)(b): one item per right (access, rectification, erasure, restriction, portability, objection, 21(2)). */
export function dataSubjectRights(facts: PolicyFacts): TransparencyItem[] {
  return rightRequirements(facts)
    .filter((r) => r.article === '13(2)(b)')
    .map((r) => rightItem(facts, r));
}

/** 13(2)(c): MET when the right to withdraw is stated; NOT_APPLICABLE when the policy relies on no consent. */
export function withdrawConsent(facts: PolicyFacts): TransparencyItem {
  const requirement = rightRequirements(facts).find((r) => r.code === RightCode.WITHDRAW_CONSENT);
  if (!requirement) throw new Error('rightRequirements lists the right to withdraw consent');
  return rightItem(facts, requirement);
}

/** 13(2)(d): MET with the right and the current authority; PARTIAL with an outdated or missing authority. */
export function complaint(facts: PolicyFacts): TransparencyItem {
  const args = ['complaint', '13(2)(d)', 'Right to lodge a complaint with a supervisory authority'] as const;
  const stated = facts.rights.filter((r) => r.right.code === RightCode.COMPLAINT);
  const reference = facts.authorityReference;
  const authority = facts.supervisoryAuthority;
  const outdated = outdatedAuthority(facts);
  const evidence = [...stated.map((r) => r.evidence), reference?.evidence];
  if (!stated.length && !reference)
    return item(...args, MISSING, 'Neither states the right to lodge a complaint nor names a supervisory authority.');
  if (!stated.length)
    return item(
      ...args,
      PARTIAL,
      `Names the authority as ${quoted(reference?.namedAs ?? '')} but does not say that a complaint can be lodged with it.`,
      ...evidence,
    );
  if (!reference)
    return item(
      ...args,
      PARTIAL,
      'States the right but names no supervisory authority and no way to reach one.',
      ...evidence,
    );
  if (outdated)
    return item(
      ...args,
      PARTIAL,
      `States the right, but ${outdated.predecessorName ? `names the authority ${quoted(outdated.predecessorName)}, the body that the ${authority?.name ?? 'current authority'} replaced on ${outdated.replacedOn}` : 'refers to the authority'}${outdated.contacts.length ? `${outdated.predecessorName ? ', with' : ' with'} the predecessor's contact ${outdated.contacts.join(', ')}` : ''}.`,
      ...evidence,
    );
  const contacts = [
    reference.statedAddress,
    reference.statedPhone,
    reference.statedEmail,
    reference.statedWebsite,
  ].filter((c): c is string => !!c);
  return item(
    ...args,
    MET,
    `States the right and names the authority as ${quoted(reference.namedAs)}${contacts.length ? `, with ${contacts.join(', ')}` : ''}.`,
    ...evidence,
  );
}

/** 13(2)(e): the facts hold no statement of this kind, so the item is MISSING; the rationale shows what hints at it. */
export function statutoryOrContractualRequirement(facts: PolicyFacts): TransparencyItem {
  const bases = basesReliedOn(facts);
  const hints = [LegalBasisCode.CONTRACT, LegalBasisCode.LEGAL_OBLIGATION].filter((b) => bases.has(b));
  return item(
    'statutory-requirement',
    '13(2)(e)',
    'Whether providing the data is a statutory or contractual requirement, and the consequences of not providing them',
    MISSING,
    `The facts read from the policy record no statement of which data a person must provide, whether that is a statutory or contractual requirement, or what happens if they are not provided.${hints.length ? ` The policy relies on ${hints.join(' and ')}, so some data are needed, but it does not say which.` : ''}`,
    ...hints.map((b) => bases.get(b)),
  );
}

/** 13(2)(f): MET when automated decisions are stated with the right of Art. 22; PARTIAL without it. */
export function automatedDecisionMaking(facts: PolicyFacts): TransparencyItem {
  const args = [
    'automated-decision-making',
    '13(2)(f)',
    'Automated decision-making, its logic and consequences',
  ] as const;
  const statement = statementsAbout(facts, StatementTopic.AUTOMATED_DECISION_MAKING)[0] ?? null;
  const used = statement ? statement.kind === 'USED' : facts.controller.automatedDecisionMaking === true;
  if (!used)
    return statement || facts.controller.automatedDecisionMaking === false
      ? item(...args, NOT_APPLICABLE, 'States that it takes no automated decisions.', statement?.evidence)
      : item(
          ...args,
          NOT_APPLICABLE,
          'Says nothing of automated decision-making; the requirement applies only where it takes place, and no fact suggests it does.',
        );
  const right = facts.rights.filter((r) => r.right.code === RightCode.AUTOMATED_DECISION);
  return right.length
    ? item(
        ...args,
        MET,
        'States that it takes automated decisions and the right not to be subject to them (Art. 22); whether the logic is explained meaningfully is for the reader of the evidence to judge.',
        statement?.evidence,
        ...right.map((r) => r.evidence),
      )
    : item(
        ...args,
        PARTIAL,
        'States that it takes decisions about people by automated means, but not the right not to be subject to them nor the safeguards of Art. 22(3) (human intervention, expressing one\u2019s view, contesting the decision).',
        statement?.evidence,
      );
}

/** 14(1)(d): where data come from others, MET when the policy ties data categories to each source. */
export function indirectDataCategories(facts: PolicyFacts): TransparencyItem {
  const args = ['indirect-data-categories', '14(1)(d)', 'Categories of data obtained from others'] as const;
  const sources = indirectSources(facts);
  if (!sources.length)
    return item(...args, NOT_APPLICABLE, 'States no source of data other than the person themselves.');
  const tied = sources.filter((s) => s.dataCategories.length);
  const untied = sources.filter((s) => !s.dataCategories.length);
  const evidence = sources.map((s) => s.evidence);
  const tiedItems = facts.dataCategories.filter((d) => tied.some((s) => shareSpan(s.evidence, d.evidence)));
  if (!untied.length)
    return item(
      ...args,
      MET,
      `Says which data come from each source: ${list(tied.map((s) => `${s.name}: ${s.dataCategories.join(', ')}`))}.`,
      ...evidence,
      ...tiedItems.map((d) => d.evidence),
    );
  if (!facts.dataCategories.length)
    return item(...args, MISSING, 'Obtains data from others but lists no categories of personal data.', ...evidence);
  return item(
    ...args,
    PARTIAL,
    `Lists data categories, but not which of them come from ${list(untied.map((s) => s.name))}.`,
    ...evidence,
    ...tiedItems.map((d) => d.evidence),
  );
}

/** 14(2)(f): where data come from others, MET when each source is named or said to be public. */
export function indirectDataSource(facts: PolicyFacts): TransparencyItem {
  const args = ['indirect-data-source', '14(2)(f)', 'Source of data obtained from others'] as const;
  const sources = indirectSources(facts);
  if (!sources.length)
    return item(...args, NOT_APPLICABLE, 'States no source of data other than the person themselves.');
  const unnamed = sources.filter((s) => s.kind === 'THIRD_PARTY');
  const named = sources
    .filter((s) => s.kind !== 'THIRD_PARTY')
    .map((s) => (s.kind === 'VENDOR' ? s.name : `publicly accessible sources (${s.name})`));
  const evidence = sources.map((s) => s.evidence);
  return unnamed.length
    ? item(
        ...args,
        PARTIAL,
        `Says data come from third parties without naming them: ${list(unnamed.map((s) => s.name))}.${named.length ? ` Named: ${list(named)}.` : ''}`,
        ...evidence,
      )
    : item(...args, MET, `Names the sources: ${list(named)}.`, ...evidence);
}
