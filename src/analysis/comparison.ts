import { Evidence, LegalBasisCode, RightCode } from '../entities';
import { mergeEvidence } from './evidence';
import { TransparencyReport, TransparencyStatus } from './model';
import { PolicyFacts, Term } from './policy-facts';
import { transparencyReport } from './transparency/transparency-report';

/** One controller's entry for one term: whether its policy has it, in its words, with the evidence. */
export interface ComparisonCell {
  controllerSlug: string;
  present: boolean;
  /** A short text for the cell (how the policy words it, the roles, the rationale), or null when absent. */
  value: string | null;
  /** The transparency status (transparency matrix only). */
  status: TransparencyStatus | null;
  evidence: Evidence[];
}

/** A term (row) across the compared controllers: one cell per column, in column order. */
export interface ComparisonRow {
  key: string;
  label: string;
  cells: ComparisonCell[];
}

/** A table: rows are terms, columns the controllers (by slug), cells their entries. */
export interface ComparisonMatrix {
  columns: string[];
  rows: ComparisonRow[];
}

export interface Comparison {
  columns: string[];
  rights: ComparisonMatrix;
  legalBases: ComparisonMatrix;
  dataCategories: ComparisonMatrix;
  processors: ComparisonMatrix;
  transparency: ComparisonMatrix;
}

/** The closed vocabularies that give the rights and legal-bases matrices a row for every term, even if none has it. */
export interface ComparisonTerms {
  rights: Term<RightCode>[];
  legalBases: Term<LegalBasisCode>[];
}

const absent = (controllerSlug: string): ComparisonCell => ({
  controllerSlug,
  present: false,
  value: null,
  status: null,
  evidence: [],
});

function matrix<T>(
  policies: PolicyFacts[],
  rows: { key: string; label: string; term: T }[],
  cell: (facts: PolicyFacts, term: T) => Omit<ComparisonCell, 'controllerSlug'> | null,
): ComparisonMatrix {
  return {
    columns: policies.map((p) => p.controller.slug),
    rows: rows.map(({ key, label, term }) => ({
      key,
      label,
      cells: policies.map((p) => {
        const found = cell(p, term);
        return found ? { controllerSlug: p.controller.slug, ...found } : absent(p.controller.slug);
      }),
    })),
  };
}

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'en');
const join = (values: (string | null)[]) => {
  const present = [...new Set(values.filter((v): v is string => !!v))];
  return present.length ? present.join('; ') : null;
};

/**
 * Compares the facts of several controllers, in the order given: rights and lawful bases (one row per term of the
 * vocabulary), data categories and vendors (one row per term at least one of them has, by name), and the
 * transparency items (one row per requirement, the cell's status and rationale). Pure.
 */
export function compareControllers(
  policies: PolicyFacts[],
  terms: ComparisonTerms,
  reports: TransparencyReport[] = policies.map(transparencyReport),
): Comparison {
  const rights = matrix(
    policies,
    terms.rights.map((t) => ({ key: t.code, label: t.name, term: t.code })),
    (facts, code) => {
      const stated = facts.rights.filter((r) => r.right.code === code);
      if (!stated.length) return null;
      return {
        present: true,
        value: join(stated.map((r) => r.conditions)),
        status: null,
        evidence: mergeEvidence(...stated.map((r) => r.evidence)),
      };
    },
  );

  const legalBases = matrix(
    policies,
    terms.legalBases.map((t) => ({ key: t.code, label: t.name, term: t.code })),
    (facts, code) => {
      const claims = facts.legalBasisClaims.filter((c) => c.basis.code === code);
      const purposes = facts.purposes.filter((p) => p.legalBases.some((b) => b.code === code));
      if (!claims.length && !purposes.length) return null;
      return {
        present: true,
        value: join([claims.length ? 'stated in general' : null, ...purposes.map((p) => p.name)]),
        status: null,
        evidence: mergeEvidence(...claims.map((c) => c.evidence), ...purposes.map((p) => p.evidence)),
      };
    },
  );

  const categoryRows = new Map<string, string>();
  for (const facts of policies) {
    for (const d of facts.dataCategories) categoryRows.set(d.category.code, d.category.name);
    for (const p of facts.purposes) for (const c of p.dataCategories) categoryRows.set(c.code, c.name);
    for (const e of facts.processors) for (const c of e.dataCategories) categoryRows.set(c.code, c.name);
  }
  const dataCategories = matrix(
    policies,
    [...categoryRows].map(([code, name]) => ({ key: code, label: name, term: code })).sort(byLabel),
    (facts, code) => {
      const items = facts.dataCategories.filter((d) => d.category.code === code);
      const purposes = facts.purposes.filter((p) => p.dataCategories.some((c) => c.code === code));
      const vendors = facts.processors.filter((e) => e.dataCategories.some((c) => c.code === code));
      if (!items.length && !purposes.length && !vendors.length) return null;
      return {
        present: true,
        value: join(
          items.length
            ? items.map((d) => d.label)
            : purposes.length
              ? purposes.map((p) => p.name)
              : vendors.map((e) => e.processor.name),
        ),
        status: null,
        evidence: mergeEvidence(
          ...items.map((d) => d.evidence),
          ...(items.length ? [] : [...purposes, ...vendors].map((f) => f.evidence)),
        ),
      };
    },
  );

  const vendorRows = new Map<string, string>();
  for (const facts of policies) for (const e of facts.processors) vendorRows.set(e.processor.slug, e.processor.name);
  const processors = matrix(
    policies,
    [...vendorRows].map(([slug, name]) => ({ key: slug, label: name, term: slug })).sort(byLabel),
    (facts, slug) => {
      const engagements = facts.processors.filter((e) => e.processor.slug === slug);
      if (!engagements.length) return null;
      return {
        present: true,
        value: join(engagements.map((e) => (e.service ? `${e.role}: ${e.service}` : e.role))),
        status: null,
        evidence: mergeEvidence(...engagements.map((e) => e.evidence)),
      };
    },
  );

  const transparency = matrix(
    policies,
    (reports[0]?.items ?? []).map((i) => ({ key: i.key, label: `${i.article} ${i.requirement}`, term: i.key })),
    (facts, key) => {
      const found = reports[policies.indexOf(facts)]?.items.find((i) => i.key === key);
      if (!found) return null;
      return {
        present: found.status === TransparencyStatus.MET || found.status === TransparencyStatus.PARTIAL,
        value: found.rationale,
        status: found.status,
        evidence: found.evidence,
      };
    },
  );

  return {
    columns: policies.map((p) => p.controller.slug),
    rights,
    legalBases,
    dataCategories,
    processors,
    transparency,
  };
}
