import type {
  DraftReviewQuery,
  EvidenceInput,
  EvidenceQuoteFragment,
  FactInput,
  FactSource,
  ReviewAuthorityReferenceFragment,
  ReviewDataCategoryFragment,
  ReviewDpoFragment,
  ReviewFactFragment,
  ReviewLegalBasisClaimFragment,
  ReviewProcessorFragment,
  ReviewPurposeFragment,
  ReviewRecipientFragment,
  ReviewRightFragment,
  ReviewRightsRequestFragment,
  ReviewState,
  ReviewStatementFragment,
} from '../generated/graphql';
import type { EvidencedFact } from './evidence-segments';
import { CHANNEL_LABELS, ROLE_LABELS, TOPIC_LABELS } from './labels';
import { formatDuration } from './format';

type Evidence = EvidenceQuoteFragment;

export type ReviewVersion = NonNullable<DraftReviewQuery['controller']>;

/** A fact of any kind as a reviewer sees it (the members of ReviewFact that are facts). */
export type AnyFact =
  | ReviewDpoFragment
  | ReviewAuthorityReferenceFragment
  | ReviewLegalBasisClaimFragment
  | ReviewPurposeFragment
  | ReviewDataCategoryFragment
  | ReviewProcessorFragment
  | ReviewRecipientFragment
  | ReviewRightFragment
  | ReviewRightsRequestFragment
  | ReviewStatementFragment;

/** The fact in a ReviewFact selection (a mutation's `fact`, a change's side), if it is one. */
export function asFact(node: ReviewFactFragment | { __typename?: string } | null | undefined): AnyFact | null {
  return node && '__typename' in node && node.__typename && 'key' in node && 'reviewState' in node
    ? (node as AnyFact)
    : null;
}

/** A quote of the evidence with its offsets. */
export interface Quote {
  quote: string;
  start: number;
  end: number;
}

/** Where a fact stands in review, whatever its kind. */
export interface ReviewStatus {
  /** The global id factReview takes (a Controller's for its identity, a PolicyDocument's for its date). */
  id: string;
  reviewState: ReviewState;
  revision: number;
  source: FactSource;
  confidence: number | null;
}

/** One line of the review list: the fact, what to call it, and where its words are. */
export interface ReviewItem extends EvidencedFact {
  /** The fact's key (`purpose:marketing`, `controller`): also the URL fragment that selects it. */
  anchor: string;
  status: ReviewStatus;
  /** The fact's content, for the facts a curator edits with factUpdate (not the identity nor the date). */
  fact: AnyFact | null;
  /** The version's controller identity, edited with controllerUpdate. */
  identity?: true;
  /** The kind of fact in a few words ("Purpose"). */
  group: string;
  /** The fact in a few words ("Klantenbeheer"). */
  title: string;
  /** What else the fact says, one short line each. */
  details: string[];
  quotes: Quote[];
}

const quotesIn = (evidence: readonly Evidence[], documentId: string | null): Quote[] =>
  evidence
    .filter((item) => documentId === null || item.document.id === documentId)
    .map(({ quote, start, end }) => ({ quote, start, end }))
    .sort((a, b) => a.start - b.start);

/**
 * Every fact of a version, in the order the controller page shows them (the controller's identity and the document's
 * date first), each with its quotes in this version's text.
 */
export function reviewItems(version: ReviewVersion): ReviewItem[] {
  const documentId = version.document.id;
  const identity = version.identityReview;
  const date = version.document.dateReview;
  const identityQuotes = quotesIn(version.evidence, documentId);
  const dateQuotes = quotesIn(version.document.evidence, documentId);
  const items: ReviewItem[] = [
    {
      anchor: identity.key,
      status: { id: version.id, ...identity },
      fact: null,
      identity: true,
      group: 'Controller',
      title: version.name,
      details: compact([
        version.legalName,
        version.enterpriseNumber,
        version.kvkNumber,
        version.vatNumber,
        version.email,
        version.phone,
        version.website,
      ]),
      quotes: identityQuotes,
      spans: identityQuotes,
    },
    {
      anchor: date.key,
      status: { id: version.document.id, ...date },
      fact: null,
      group: 'Last updated',
      title: version.document.lastUpdated ?? 'not stated',
      details: [],
      quotes: dateQuotes,
      spans: dateQuotes,
    },
  ];
  const facts: AnyFact[] = [
    ...(version.dpo ? [version.dpo] : []),
    ...(version.supervisoryAuthorityReference ? [version.supervisoryAuthorityReference] : []),
    ...version.legalBasisClaims,
    ...version.purposes,
    ...version.dataCategories,
    ...version.processors,
    ...version.recipients,
    ...version.rights,
    ...(version.rightsRequest ? [version.rightsRequest] : []),
    ...version.statements,
  ];
  return [...items, ...facts.map((fact) => reviewItem(fact, documentId))];
}

/** One fact as a line of the review list (or of a change): its quotes are those in the document `documentId`. */
export function reviewItem(fact: AnyFact, documentId: string | null): ReviewItem {
  const quotes = quotesIn(fact.evidence, documentId);
  const { id, reviewState, revision, source, confidence } = fact;
  return {
    anchor: fact.key,
    status: { id, reviewState, revision, source, confidence },
    fact,
    ...describeFact(fact),
    quotes,
    spans: quotes,
  };
}

/** The review state's count: how many facts are still to be reviewed, accepted, rejected. */
export function reviewCounts(items: readonly ReviewItem[]): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { PROPOSED: 0, ACCEPTED: 0, REJECTED: 0 };
  for (const item of items) counts[item.status.reviewState] += 1;
  return counts;
}

const compact = (values: (string | null | undefined | false)[]): string[] =>
  values.filter((value): value is string => !!value);

/** What to call a fact, and its other content in short lines. */
export function describeFact(fact: AnyFact): Pick<ReviewItem, 'group' | 'title' | 'details'> {
  switch (fact.__typename) {
    case 'Dpo':
      return {
        group: 'Data protection officer',
        title: fact.dpoName ?? fact.organization ?? fact.email ?? 'named',
        details: compact([fact.organization, fact.email, fact.phone]),
      };
    case 'AuthorityReference':
      return {
        group: 'Supervisory authority',
        title: fact.namedAs,
        details: compact([`means ${fact.authority.name}`, fact.statedEmail, fact.statedWebsite]),
      };
    case 'LegalBasisClaim':
      return { group: 'Lawful basis', title: fact.legalBasis.name, details: [] };
    case 'Purpose':
      return {
        group: 'Purpose',
        title: fact.label,
        details: compact([
          `${fact.category.name} (${fact.name})`,
          fact.legalBases.length > 0 && `Bases: ${fact.legalBases.map((basis) => basis.name).join(', ')}`,
          fact.retention &&
            `Kept: ${fact.retention.duration ? formatDuration(fact.retention.duration) : fact.retention.description}`,
        ]),
      };
    case 'DataCategoryDisclosure':
      return {
        group: 'Personal data',
        title: fact.label,
        details: compact([fact.category.name, fact.sensitive && 'sensitive', fact.context]),
      };
    case 'ProcessorEngagement':
      return {
        group: 'Vendor',
        title: fact.processor.name,
        details: compact([ROLE_LABELS[fact.role], fact.service]),
      };
    case 'RecipientDisclosure':
      return { group: 'Recipients', title: fact.label, details: compact([fact.category.name]) };
    case 'RightStatement':
      return { group: 'Right', title: fact.right.name, details: compact([fact.conditions]) };
    case 'RightsRequest':
      return {
        group: 'How to exercise rights',
        title: fact.channels.map((channel) => CHANNEL_LABELS[channel]).join(', ') || 'stated',
        details: compact([fact.email, fact.postalAddress, fact.responseTime && formatDuration(fact.responseTime)]),
      };
    case 'PolicyStatement':
      return { group: TOPIC_LABELS[fact.topic], title: fact.description, details: compact([fact.kind, fact.duration]) };
  }
}

/** The field of FactInput a fact goes in, e.g. `purpose`. */
export type FactField = keyof FactInput;

/** A fact's content as the API takes it back (without its evidence): the kind's field and its value. */
export interface FactContent {
  field: FactField;
  value: Record<string, unknown>;
}

const codes = (items: readonly { code: string }[]) => items.map((item) => item.code);

/** A fact's content as a FactInput takes it, so that an edit sends back everything the curator did not change. */
export function factContent(fact: AnyFact): FactContent {
  switch (fact.__typename) {
    case 'Dpo':
      return {
        field: 'dpo',
        value: {
          name: fact.dpoName,
          organization: fact.organization,
          email: fact.email,
          phone: fact.phone,
          address: fact.address && { ...fact.address },
        },
      };
    case 'AuthorityReference':
      return {
        field: 'supervisoryAuthority',
        value: {
          authority: fact.authority.slug,
          namedAs: fact.namedAs,
          statedContact: {
            address: fact.statedAddress,
            phone: fact.statedPhone,
            fax: fact.statedFax,
            email: fact.statedEmail,
            website: fact.statedWebsite,
          },
        },
      };
    case 'LegalBasisClaim':
      return { field: 'legalBasis', value: { code: fact.legalBasis.code } };
    case 'Purpose':
      return {
        field: 'purpose',
        value: {
          name: fact.name,
          label: fact.label,
          category: fact.category.code,
          legalBases: codes(fact.legalBases),
          dataCategories: codes(fact.dataCategories),
          retention: fact.retention && { description: fact.retention.description, duration: fact.retention.duration },
        },
      };
    case 'DataCategoryDisclosure':
      return {
        field: 'dataCategory',
        value: { category: fact.category.code, label: fact.label, sensitive: fact.sensitive, context: fact.context },
      };
    case 'ProcessorEngagement':
      return {
        field: 'processor',
        value: {
          processor: fact.processor.slug,
          role: fact.role,
          service: fact.service,
          dataCategories: codes(fact.dataCategories),
        },
      };
    case 'RecipientDisclosure':
      return { field: 'recipient', value: { category: fact.category.code, label: fact.label } };
    case 'RightStatement':
      return { field: 'right', value: { right: fact.right.code, conditions: fact.conditions } };
    case 'RightsRequest':
      return {
        field: 'rightsRequest',
        value: {
          channels: [...fact.channels],
          email: fact.email,
          postalAddress: fact.postalAddress,
          responseTime: fact.responseTime,
          identityProof: fact.identityProof,
          fee: fact.fee,
        },
      };
    case 'PolicyStatement':
      return statementContent(fact);
  }
}

/** A policy statement's content: its topic says which field of FactInput it is (the API's statement kinds). */
function statementContent(fact: ReviewStatementFragment): FactContent {
  switch (fact.topic) {
    case 'DATA_SOURCE':
      return { field: 'dataSource', value: { kind: fact.kind ?? 'DATA_SUBJECT', description: fact.description } };
    case 'COOKIES':
      return { field: 'cookie', value: { kind: fact.kind ?? 'UNSPECIFIED', description: fact.description } };
    case 'SECURITY':
      return { field: 'security', value: { description: fact.description } };
    case 'PRESUMED_CONSENT':
      return { field: 'presumedConsent', value: { description: fact.description } };
    case 'RETENTION':
      return { field: 'retention', value: { description: fact.description, duration: fact.duration } };
    case 'MINIMUM_AGE':
      return { field: 'minimumAge', value: { age: fact.age } };
    case 'AUTOMATED_DECISION_MAKING':
      return {
        field: 'automatedDecisionMaking',
        value: { used: fact.kind === 'USED', description: fact.description },
      };
    case 'TRANSFERS':
      return { field: 'transfersOutsideEEA', value: { occurs: fact.kind === 'OCCURS', safeguards: fact.description } };
  }
}

/** A field of a fact's content a curator edits as text (or a number). */
export interface EditableField {
  name: string;
  label: string;
  /** Required by the API: left empty, the API says so (an empty optional field is sent as null). */
  required?: boolean;
  multiline?: boolean;
  number?: boolean;
}

/** The fields of each kind a curator edits in words; codes and lists stay as they are. */
export const EDITABLE_FIELDS: Partial<Record<FactField, EditableField[]>> = {
  dpo: [
    { name: 'name', label: 'Name' },
    { name: 'organization', label: 'Organisation' },
    { name: 'email', label: 'E-mail' },
    { name: 'phone', label: 'Phone (E.164)' },
  ],
  supervisoryAuthority: [{ name: 'namedAs', label: 'Named as', required: true }],
  purpose: [
    { name: 'label', label: 'As the policy words it', required: true, multiline: true },
    { name: 'name', label: 'English name', required: true },
  ],
  dataCategory: [
    { name: 'label', label: 'As the policy words it', required: true },
    { name: 'context', label: 'Whose data, or when' },
  ],
  processor: [{ name: 'service', label: 'Service', multiline: true }],
  recipient: [{ name: 'label', label: 'As the policy words it', required: true }],
  right: [{ name: 'conditions', label: 'Conditions', multiline: true }],
  rightsRequest: [
    { name: 'email', label: 'E-mail' },
    { name: 'postalAddress', label: 'Postal address' },
    { name: 'identityProof', label: 'Proof of identity asked', multiline: true },
    { name: 'fee', label: 'Fee' },
  ],
  dataSource: [{ name: 'description', label: 'Description', required: true, multiline: true }],
  cookie: [{ name: 'description', label: 'Description', required: true, multiline: true }],
  security: [{ name: 'description', label: 'Description', required: true, multiline: true }],
  presumedConsent: [{ name: 'description', label: 'Description', required: true, multiline: true }],
  retention: [{ name: 'description', label: 'The rule', required: true, multiline: true }],
  automatedDecisionMaking: [{ name: 'description', label: 'Description', multiline: true }],
  transfersOutsideEEA: [{ name: 'safeguards', label: 'Safeguards', multiline: true }],
  minimumAge: [{ name: 'age', label: 'Age', required: true, number: true }],
};

/**
 * The FactInput of an edit: the fact's content with the edited fields (`values`, as typed) and the quotes the
 * curator kept or added, each with its offsets (so that a recurring phrase is the occurrence that was picked).
 */
export function editedFactInput(content: FactContent, values: Record<string, string>, quotes: Quote[]): FactInput {
  const value: Record<string, unknown> = { ...content.value };
  for (const field of EDITABLE_FIELDS[content.field] ?? []) {
    if (!(field.name in values)) continue;
    const text = values[field.name].trim();
    if (field.number) value[field.name] = text === '' ? null : Number(text);
    else value[field.name] = text === '' && !field.required ? null : text;
  }
  const evidence: EvidenceInput[] = quotes.map(({ quote, start, end }) => ({ quote, start, end }));
  return { [content.field]: { ...value, evidence } } as FactInput;
}

/** The text of an editable field as the form starts with it. */
export function fieldText(content: FactContent, name: string): string {
  const value = content.value[name];
  return value === null || value === undefined ? '' : String(value);
}
