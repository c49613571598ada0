import {
  DataCategoryView,
  DataCategoryTermView,
  EngagementView,
  PolicyFacts,
  PurposeView,
  RightTermView,
  StatementView,
  Term,
} from '../../src/analysis';
import { Evidence, LegalBasisCode, ProcessorRole, RequestChannel, RightCode, StatementTopic } from '../../src/entities';

/**
 * Hand-built facts for the rule tests: `compliantPolicy()` is a policy that meets every requirement and triggers no
 * finding, so that each test changes one thing and watches one rule fire (or not).
 */

let offset = 0;

/** A span of an imaginary document (each new span gets its own offsets). */
export function span(quote: string): Evidence {
  const start = offset;
  offset += quote.length + 1;
  return Object.assign(new Evidence(), {
    id: start + 1,
    documentId: 1,
    factId: 1,
    nodeKey: `fixture@1/controller#${start}-${start + quote.length}`,
    quote,
    start,
    end: start + quote.length,
  });
}

const BASES: Record<LegalBasisCode, string> = {
  CONSENT: 'a',
  CONTRACT: 'b',
  LEGAL_OBLIGATION: 'c',
  VITAL_INTERESTS: 'd',
  PUBLIC_TASK: 'e',
  LEGITIMATE_INTERESTS: 'f',
};

export function basis(code: LegalBasisCode): Term<LegalBasisCode> {
  return { code, name: code, dpv: `https://w3id.org/dpv/legal/eu/gdpr#A6-1-${BASES[code]}` };
}

export function category(code: string, special = false): DataCategoryTermView {
  return { code, name: code, dpv: `https://w3id.org/dpv/pd#${code}`, special };
}

const ARTICLES: Record<RightCode, string> = {
  ACCESS: '15',
  RECTIFICATION: '16',
  ERASURE: '17',
  RESTRICTION: '18',
  PORTABILITY: '20',
  OBJECTION: '21',
  OBJECT_DIRECT_MARKETING: '21(2)',
  AUTOMATED_DECISION: '22',
  WITHDRAW_CONSENT: '7(3)',
  COMPLAINT: '77',
};

export function rightTerm(code: RightCode): RightTermView {
  return { code, name: code, article: ARTICLES[code], dpv: `https://w3id.org/dpv/legal/eu/gdpr#A${ARTICLES[code]}` };
}

export function right(code: RightCode, conditions: string | null = null) {
  return { right: rightTerm(code), conditions, evidence: [span(`U heeft het recht: ${code}.`)] };
}

export function purpose(overrides: Partial<PurposeView> & { name: string }): PurposeView {
  return {
    label: overrides.name,
    category: { code: 'ServiceProvision', name: 'Service provision', dpv: 'https://w3id.org/dpv#ServiceProvision' },
    legalBases: [basis(LegalBasisCode.CONTRACT)],
    dataCategories: [category('name')],
    retention: { description: '10 jaar na het einde van de overeenkomst', duration: 'P10Y' },
    evidence: [span(`Wij verwerken gegevens voor: ${overrides.name}.`)],
    ...overrides,
  };
}

export function disclosure(code: string, overrides: Partial<DataCategoryView> = {}): DataCategoryView {
  return {
    category: category(code),
    label: code,
    sensitive: false,
    context: null,
    evidence: [span(`Wij verwerken: ${code}.`)],
    ...overrides,
  };
}

export function statement(
  topic: StatementTopic,
  kind: string | null,
  description: string,
  quote = description,
): StatementView {
  return { topic, kind, description, evidence: [span(quote)] };
}

export function engagement(
  slug: string,
  role: ProcessorRole,
  country: string | null,
  parentCountry: string | null = null,
  overrides: Partial<EngagementView> = {},
): EngagementView {
  return {
    processor: { slug, name: slug, legalName: `${slug} Ltd`, country, parentCountry },
    role,
    service: `${slug} service`,
    dataCategories: [],
    evidence: [span(`We werken met ${slug}.`)],
    ...overrides,
  };
}

/** A policy that meets every requirement of Art. 13/14 (except 13(2)(e), which the facts cannot record). */
export function compliantPolicy(): PolicyFacts {
  return {
    controller: {
      id: 1,
      slug: 'acme',
      name: 'Acme',
      legalName: 'Acme BV',
      legalForm: 'BV',
      enterpriseNumber: '0746.725.497',
      kvkNumber: null,
      vatNumber: null,
      address: { street: 'Kerkstraat 1', postalCode: '1000', city: 'Brussel', country: 'BE' },
      email: 'privacy@acme.be',
      phone: null,
      website: 'https://acme.be',
      representative: 'Jan Peeters (bestuurder)',
      transfersOutsideEEA: null,
      automatedDecisionMaking: null,
      evidence: [span('Acme BV, Kerkstraat 1, 1000 Brussel, privacy@acme.be')],
    },
    document: { slug: 'acme', title: 'Privacybeleid Acme', language: 'nl' },
    dpo: null,
    supervisoryAuthority: {
      slug: 'gba',
      name: 'Gegevensbeschermingsautoriteit',
      acronym: 'GBA',
      country: 'BE',
      dpv: 'https://w3id.org/dpv/legal/be#DPA-BE',
      predecessors: [
        {
          name: 'Commissie voor de bescherming van de persoonlijke levenssfeer',
          language: 'nl',
          replacedOn: '2018-05-25',
        },
        { name: 'Privacy Commission', language: 'en', replacedOn: '2018-05-25' },
      ],
      predecessorEmails: ['commission@privacycommission.be'],
      predecessorWebsites: ['https://www.privacycommission.be'],
    },
    authorityReference: {
      namedAs: 'Gegevensbeschermingsautoriteit',
      statedAddress: 'Drukpersstraat 35, 1000 Brussel',
      statedPhone: '+3222744800',
      statedEmail: 'contact@apd-gba.be',
      statedWebsite: null,
      evidence: [span('Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel, contact@apd-gba.be')],
    },
    legalBasisClaims: [],
    purposes: [
      purpose({ name: 'Service provision' }),
      purpose({
        name: 'Newsletter',
        category: { code: 'DirectMarketing', name: 'Direct marketing', dpv: 'https://w3id.org/dpv#DirectMarketing' },
        legalBases: [basis(LegalBasisCode.CONSENT)],
        dataCategories: [category('email-address')],
        retention: { description: '3 jaar na het laatste contact', duration: 'P3Y' },
      }),
      purpose({
        name: 'Fraud prevention',
        category: {
          code: 'FraudPreventionAndDetection',
          name: 'Fraud prevention and detection',
          dpv: 'https://w3id.org/dpv#FraudPreventionAndDetection',
        },
        legalBases: [basis(LegalBasisCode.LEGITIMATE_INTERESTS)],
        dataCategories: [category('ip-address')],
        retention: { description: '1 jaar', duration: 'P1Y' },
      }),
    ],
    dataCategories: [disclosure('name'), disclosure('email-address'), disclosure('ip-address')],
    processors: [],
    recipients: [
      {
        category: { code: 'accountant', name: 'Accountant' },
        label: 'boekhouder',
        evidence: [span('onze boekhouder')],
      },
    ],
    rights: [
      RightCode.ACCESS,
      RightCode.RECTIFICATION,
      RightCode.ERASURE,
      RightCode.RESTRICTION,
      RightCode.PORTABILITY,
      RightCode.OBJECTION,
      RightCode.OBJECT_DIRECT_MARKETING,
      RightCode.WITHDRAW_CONSENT,
      RightCode.COMPLAINT,
    ].map((code) => right(code)),
    rightsRequest: {
      channels: [RequestChannel.EMAIL],
      email: 'privacy@acme.be',
      postalAddress: null,
      responseTime: 'P1M',
      identityProof: null,
      fee: null,
      evidence: [span('Mail uw verzoek naar privacy@acme.be.')],
    },
    statements: [statement(StatementTopic.DATA_SOURCE, 'DATA_SUBJECT', 'Gegevens die u ons zelf geeft')],
  };
}

/** The compliant policy, changed by `change` (which may mutate it). */
export function policyWith(change: (facts: PolicyFacts) => void): PolicyFacts {
  const facts = compliantPolicy();
  change(facts);
  return facts;
}
