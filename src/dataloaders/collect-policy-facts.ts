import DataLoader from 'dataloader';
import { Controller, DataCategory, LegalBasis, LegalBasisCode } from '../entities';
import { DataCategoryTermView, PolicyFacts, Term } from '../analysis/policy-facts';
import { Loaders } from './index';

/** Loads many keys, keeping their order and length; a miss or an error throws (the database is inconsistent). */
async function loadAll<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  return results.map((result, i) => {
    if (result instanceof Error) throw result;
    if (result === null) throw new Error(`Inconsistent database: no row for key ${String(keys[i])}`);
    return result;
  });
}

/** One column of every row, in order. */
const pluck = <T, K extends keyof T>(rows: readonly T[], key: K): T[K][] => rows.map((row) => row[key]);

const basisTerm = (b: LegalBasis): Term<LegalBasisCode> => ({ code: b.code, name: b.name, dpv: b.dpv });
const categoryTerm = (c: DataCategory): DataCategoryTermView => ({
  code: c.code,
  name: c.name,
  dpv: c.dpv,
  special: c.special,
});

/**
 * Assembles the facts of one controller through the request's DataLoaders, in three rounds of batched loads: the
 * controller's facts, then their terms and evidence, then the terms of the many-to-many links. Every round batches
 * across all the controllers being analysed at once, so a request costs the same number of SQL statements for 5
 * controllers as for 500. Throws if the database is inconsistent (a link to a missing row).
 */
export async function collectPolicyFacts(loaders: Loaders, controller: Controller): Promise<PolicyFacts> {
  const id = controller.id;
  const [
    document,
    dpo,
    reference,
    authority,
    claims,
    purposes,
    disclosures,
    engagements,
    recipients,
    rightStatements,
    rightsRequest,
    statements,
  ] = await Promise.all([
    loaders.document.load(controller.documentId),
    loaders.dpoByController.load(id),
    loaders.authorityReferenceByController.load(id),
    controller.supervisoryAuthorityId === null ? null : loaders.authority.load(controller.supervisoryAuthorityId),
    loaders.legalBasisClaims.load(id),
    loaders.purposes.load(id),
    loaders.disclosures.load(id),
    loaders.engagements.load(id),
    loaders.recipientDisclosures.load(id),
    loaders.rightStatements.load(id),
    loaders.rightsRequestByController.load(id),
    loaders.statements.load(id),
  ]);
  if (!document) throw new Error(`Inconsistent database: controller ${controller.slug} has no document`);

  const ids = (rows: readonly { id: number }[]) => pluck(rows, 'id');
  const evidenceOf = (factIds: number[]) => loadAll(loaders.evidence, factIds);
  const [
    claimBases,
    purposeCategories,
    purposeBasisIds,
    purposeCategoryIds,
    disclosureCategories,
    vendors,
    engagementCategoryIds,
    recipientCategories,
    rights,
    evidence,
  ] = await Promise.all([
    loadAll(loaders.legalBasis, pluck(claims, 'legalBasisId')),
    loadAll(loaders.purposeCategory, pluck(purposes, 'purposeCategoryId')),
    loadAll(loaders.purposeLegalBasisIds, ids(purposes)),
    loadAll(loaders.purposeDataCategoryIds, ids(purposes)),
    loadAll(loaders.dataCategory, pluck(disclosures, 'dataCategoryId')),
    loadAll(loaders.processor, pluck(engagements, 'processorId')),
    loadAll(loaders.engagementDataCategoryIds, ids(engagements)),
    loadAll(loaders.recipientCategory, pluck(recipients, 'recipientCategoryId')),
    loadAll(loaders.right, pluck(rightStatements, 'rightId')),
    Promise.all([
      evidenceOf([controller.factId]),
      evidenceOf(dpo ? [dpo.id] : []),
      evidenceOf(reference ? [reference.id] : []),
      evidenceOf(ids(claims)),
      evidenceOf(ids(purposes)),
      evidenceOf(ids(disclosures)),
      evidenceOf(ids(engagements)),
      evidenceOf(ids(recipients)),
      evidenceOf(ids(rightStatements)),
      evidenceOf(rightsRequest ? [rightsRequest.id] : []),
      evidenceOf(ids(statements)),
    ]),
  ]);
  const [
    controllerEvidence,
    dpoEvidence,
    referenceEvidence,
    claimEvidence,
    purposeEvidence,
    disclosureEvidence,
    engagementEvidence,
    recipientEvidence,
    rightEvidence,
    requestEvidence,
    statementEvidence,
  ] = evidence;

  const [linkedBases, linkedCategories] = await Promise.all([
    loadAll(loaders.legalBasis, [...new Set(purposeBasisIds.flat())]),
    loadAll(loaders.dataCategory, [...new Set([...purposeCategoryIds.flat(), ...engagementCategoryIds.flat()])]),
  ]);
  const basisById = new Map(linkedBases.map((b) => [b.id, basisTerm(b)]));
  const categoryById = new Map(linkedCategories.map((c) => [c.id, categoryTerm(c)]));
  const bases = (ids: number[]) => ids.map((i) => basisById.get(i)).filter((b): b is Term<LegalBasisCode> => !!b);
  const categories = (ids: number[]) =>
    ids.map((i) => categoryById.get(i)).filter((c): c is DataCategoryTermView => !!c);
  const address = controller.address;

  return {
    controller: {
      id,
      slug: controller.slug,
      name: controller.name,
      legalName: controller.legalName,
      legalForm: controller.legalForm,
      enterpriseNumber: controller.enterpriseNumber,
      kvkNumber: controller.kvkNumber,
      vatNumber: controller.vatNumber,
      address: address ? { ...address } : null,
      email: controller.email,
      phone: controller.phone,
      website: controller.website,
      representative: controller.representative,
      transfersOutsideEEA: controller.transfersOutsideEEA,
      automatedDecisionMaking: controller.automatedDecisionMaking,
      evidence: controllerEvidence[0] ?? [],
    },
    document: { slug: document.slug, title: document.title, language: document.language },
    dpo: dpo
      ? {
          name: dpo.name,
          organization: dpo.organization,
          email: dpo.email,
          phone: dpo.phone,
          hasAddress: dpo.address !== null,
          evidence: dpoEvidence[0] ?? [],
        }
      : null,
    supervisoryAuthority: authority
      ? {
          slug: authority.slug,
          name: authority.name,
          acronym: authority.acronym,
          country: authority.country,
          dpv: authority.dpv,
          predecessors: authority.predecessors,
          predecessorEmails: authority.predecessorContacts?.emails ?? [],
          predecessorWebsites: authority.predecessorContacts?.websites ?? [],
        }
      : null,
    authorityReference: reference
      ? {
          namedAs: reference.namedAs,
          statedAddress: reference.statedAddress,
          statedPhone: reference.statedPhone,
          statedEmail: reference.statedEmail,
          statedWebsite: reference.statedWebsite,
          evidence: referenceEvidence[0] ?? [],
        }
      : null,
    legalBasisClaims: claims.map((_, i) => ({ basis: basisTerm(claimBases[i]), evidence: claimEvidence[i] })),
    purposes: purposes.map((p, i) => ({
      name: p.name,
      label: p.label,
      category: { code: purposeCategories[i].code, name: purposeCategories[i].name, dpv: purposeCategories[i].dpv },
      legalBases: bases(purposeBasisIds[i]),
      dataCategories: categories(purposeCategoryIds[i]),
      retention: p.retention,
      evidence: purposeEvidence[i],
    })),
    dataCategories: disclosures.map((d, i) => ({
      category: categoryTerm(disclosureCategories[i]),
      label: d.label,
      sensitive: d.sensitive,
      context: d.context,
      evidence: disclosureEvidence[i],
    })),
    processors: engagements.map((e, i) => ({
      processor: {
        slug: vendors[i].slug,
        name: vendors[i].name,
        legalName: vendors[i].legalName,
        country: vendors[i].country,
        parentCountry: vendors[i].parentCountry,
      },
      role: e.role,
      service: e.service,
      dataCategories: categories(engagementCategoryIds[i]),
      evidence: engagementEvidence[i],
    })),
    recipients: recipients.map((r, i) => ({
      category: { code: recipientCategories[i].code, name: recipientCategories[i].name },
      label: r.label,
      evidence: recipientEvidence[i],
    })),
    rights: rightStatements.map((r, i) => ({
      right: { code: rights[i].code, name: rights[i].name, dpv: rights[i].dpv, article: rights[i].article },
      conditions: r.conditions,
      evidence: rightEvidence[i],
    })),
    rightsRequest: rightsRequest
      ? {
          channels: rightsRequest.channels,
          email: rightsRequest.email,
          postalAddress: rightsRequest.postalAddress,
          responseTime: rightsRequest.responseTime,
          identityProof: rightsRequest.identityProof,
          fee: rightsRequest.fee,
          evidence: requestEvidence[0] ?? [],
        }
      : null,
    statements: statements.map((s, i) => ({
      topic: s.topic,
      kind: s.kind,
      description: s.description,
      evidence: statementEvidence[i],
    })),
  };
}

const factsByRequest = new WeakMap<Loaders, Map<number, Promise<PolicyFacts>>>();

/**
 * The facts of a controller for this request: collected once per request (keyed on the request's loaders, so the
 * cache lives and dies with the request) however many analysis fields ask for them.
 */
export function policyFactsFor(loaders: Loaders, controller: Controller): Promise<PolicyFacts> {
  let cache = factsByRequest.get(loaders);
  if (!cache) factsByRequest.set(loaders, (cache = new Map()));
  let facts = cache.get(controller.id);
  if (!facts) cache.set(controller.id, (facts = collectPolicyFacts(loaders, controller)));
  return facts;
}
