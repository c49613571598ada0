import { ProcessorRole, StatementTopic } from '../entities';
import { indirectSources, statementsAbout } from './assessments';
import { PolicyFacts } from './policy-facts';

/** A JSON-LD document: plain JSON that a JSON-LD processor reads with its inline context. */
export type JsonLdDocument = Record<string, unknown>;

const PREFIXES = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-be': 'https://w3id.org/dpv/legal/be#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const iriTerm = (id: string) => ({ '@id': id, '@type': '@id' });

/**
 * The inline JSON-LD context of every export: the DPV 2.x namespaces and short names for the properties used. It is
 * inline so that a consumer needs no network access (no remote context to fetch).
 */
export const DPV_CONTEXT = {
  ...PREFIXES,
  hasProcess: iriTerm('dpv:hasProcess'),
  hasPurpose: iriTerm('dpv:hasPurpose'),
  hasPersonalData: iriTerm('dpv:hasPersonalData'),
  hasLegalBasis: iriTerm('dpv:hasLegalBasis'),
  hasDataController: iriTerm('dpv:hasDataController'),
  hasDataProcessor: iriTerm('dpv:hasDataProcessor'),
  hasRecipient: iriTerm('dpv:hasRecipient'),
  hasDataSource: iriTerm('dpv:hasDataSource'),
  hasStorageCondition: iriTerm('dpv:hasStorageCondition'),
  hasDuration: iriTerm('dpv:hasDuration'),
  hasRight: iriTerm('dpv:hasRight'),
  hasAuthority: iriTerm('dpv:hasAuthority'),
  title: 'dct:title',
  description: 'dct:description',
  identifier: 'dct:identifier',
  source: iriTerm('dct:source'),
  duration: { '@id': 'rdf:value', '@type': 'xsd:duration' },
} as const;

/** Identifiers of this API's own resources (the policy graph has no public base URL, so they are URNs). */
export const policyGraphIri = {
  controller: (slug: string) => `urn:policy-graph:controller:${slug}`,
  document: (slug: string) => `urn:policy-graph:document:${slug}`,
  processor: (slug: string) => `urn:policy-graph:processor:${slug}`,
};

/** Writes a full IRI in the compact form of the context (`https://w3id.org/dpv/pd#Name` → `pd:Name`) where it can. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of Object.entries(PREFIXES))
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  return iri;
}

const unique = (iris: string[]) => [...new Set(iris.map(compactIri))];
const text = (value: string, language: string) => ({ '@value': value, '@language': language });

/** The controller's registry numbers as `dct:identifier` (one value, or a list when the policy gives several). */
function identifiers(c: PolicyFacts['controller']): { identifier?: string | string[] } {
  const ids = [c.enterpriseNumber, c.kvkNumber, c.vatNumber].filter((id): id is string => !!id);
  if (!ids.length) return {};
  return { identifier: ids.length === 1 ? ids[0] : ids };
}

function storageCondition(description: string, duration: string | null, language: string) {
  return {
    '@type': 'dpv:StorageDuration',
    description: text(description, language),
    ...(duration ? { hasDuration: { '@type': 'dpv:TemporalDuration', duration } } : {}),
  };
}

/**
 * The facts of one policy as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.x), with an inline context:
 * the controller (`dpv:DataController`), one `dpv:Process` for the processing the policy describes as a whole
 * (controller, all personal data, the lawful bases stated in general, processors, recipients, data sources, rights,
 * general retention, the supervisory authority, e.g. `legal-be:DPA-BE`) and, under `hasProcess`, one `dpv:Process`
 * per purpose with what the text ties to that purpose (its DPV purpose category, data, bases and retention). Vendors
 * are nodes of their own. Pure; the output round-trips through any JSON-LD processor without network access.
 */
export function dpvDocument(facts: PolicyFacts): JsonLdDocument {
  const { controller, document } = facts;
  const language = document.language;
  const controllerIri = policyGraphIri.controller(controller.slug);
  const processors = facts.processors.filter((e) => e.role === ProcessorRole.PROCESSOR);
  const vendorSlugs = [
    ...new Set(facts.processors.filter((e) => e.role !== ProcessorRole.SYSTEM).map((e) => e.processor.slug)),
  ];
  const generalRetention = statementsAbout(facts, StatementTopic.RETENTION)[0];
  const fromPerson = statementsAbout(facts, StatementTopic.DATA_SOURCE).some((s) => s.kind === 'DATA_SUBJECT');
  const dataSources = [
    ...(fromPerson ? ['dpv:DataSubject'] : []),
    ...indirectSources(facts).map((s) =>
      s.vendorSlug
        ? policyGraphIri.processor(s.vendorSlug)
        : {
            '@type': s.kind === 'PUBLIC_SOURCE' ? 'dpv:PublicDataSource' : 'dpv:ThirdParty',
            description: text(s.name, language),
          },
    ),
  ];

  const purposes = facts.purposes.map((purpose, index) => {
    const id = `${controllerIri}#purpose-${index + 1}`;
    return {
      '@id': id,
      '@type': 'dpv:Process',
      hasDataController: controllerIri,
      hasPurpose: {
        '@id': `${id}-purpose`,
        '@type': compactIri(purpose.category.dpv),
        title: text(purpose.name, 'en'),
        description: text(purpose.label, language),
      },
      ...(purpose.dataCategories.length ? { hasPersonalData: unique(purpose.dataCategories.map((c) => c.dpv)) } : {}),
      ...(purpose.legalBases.length ? { hasLegalBasis: unique(purpose.legalBases.map((b) => b.dpv)) } : {}),
      ...(purpose.retention
        ? { hasStorageCondition: storageCondition(purpose.retention.description, purpose.retention.duration, language) }
        : {}),
    };
  });

  const personalData = unique([
    ...facts.dataCategories.map((d) => d.category.dpv),
    ...facts.purposes.flatMap((p) => p.dataCategories.map((c) => c.dpv)),
    ...facts.processors.flatMap((e) => e.dataCategories.map((c) => c.dpv)),
  ]);
  const process = {
    '@id': `${controllerIri}#processing`,
    '@type': 'dpv:Process',
    title: text(`Processing described by ${document.title}`, 'en'),
    source: policyGraphIri.document(document.slug),
    hasDataController: controllerIri,
    ...(personalData.length ? { hasPersonalData: personalData } : {}),
    ...(facts.legalBasisClaims.length ? { hasLegalBasis: unique(facts.legalBasisClaims.map((c) => c.basis.dpv)) } : {}),
    ...(processors.length
      ? { hasDataProcessor: [...new Set(processors.map((e) => policyGraphIri.processor(e.processor.slug)))] }
      : {}),
    ...(processors.length || facts.recipients.length
      ? {
          hasRecipient: [
            ...new Set(processors.map((e) => policyGraphIri.processor(e.processor.slug))),
            ...facts.recipients.map((r) => ({ '@type': 'dpv:Recipient', title: text(r.label, language) })),
          ],
        }
      : {}),
    ...(dataSources.length ? { hasDataSource: dataSources } : {}),
    ...(facts.rights.length ? { hasRight: unique(facts.rights.map((r) => r.right.dpv)) } : {}),
    ...(generalRetention
      ? { hasStorageCondition: storageCondition(generalRetention.description, generalRetention.kind, language) }
      : {}),
    ...(facts.supervisoryAuthority ? { hasAuthority: compactIri(facts.supervisoryAuthority.dpv) } : {}),
    ...(purposes.length ? { hasProcess: purposes } : {}),
  };

  const controllerNode = {
    '@id': controllerIri,
    '@type': 'dpv:DataController',
    title: controller.legalName ?? controller.name,
    ...identifiers(controller),
    source: policyGraphIri.document(document.slug),
  };
  const vendors = vendorSlugs.map((slug) => {
    const engagements = facts.processors.filter((e) => e.processor.slug === slug);
    const vendor = engagements[0].processor;
    return {
      '@id': policyGraphIri.processor(slug),
      '@type': [
        'dpv:LegalEntity',
        ...(engagements.some((e) => e.role === ProcessorRole.PROCESSOR) ? ['dpv:DataProcessor'] : []),
      ],
      title: vendor.legalName ?? vendor.name,
    };
  });

  return { '@context': DPV_CONTEXT, '@graph': [controllerNode, process, ...vendors] };
}
