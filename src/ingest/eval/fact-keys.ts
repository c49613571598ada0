import { LocatedSpan } from '../extract';

/** One fact of the evaluation contract (briefs: fact-keys): a slot, a key, its value, and its evidence. */
export interface FactKey {
  slot: string;
  id: string;
  value: string;
  /** Other values that count as the same fact (a controller's legal name beside its common name). */
  alternatives?: string[];
  spans: LocatedSpan[];
}

/** Closed-class keys, whose precision target is 0.95. */
export function isClosedClass(key: FactKey): boolean {
  return (
    ['legalBases', 'rights', 'supervisoryAuthority', 'dpo'].includes(key.slot) ||
    /^controller\.(enterpriseNumber|kvkNumber|vatNumber)$/.test(key.id)
  );
}

/** A fact file (gold) or an extracted policy, with every evidence list already located. */
type Facts = Record<string, unknown>;
type Node = Record<string, unknown> | null | undefined;

const LEGAL_FORMS =
  /\b(nv|bv|bvba|b\.v\.|n\.v\.|commv|vof|cvba|cv|vzw|sa|s\.a\.|srl|sprl|sas|sarl|asbl|ltd|limited|gmbh|ag|inc|llc)\b\.?/g;

export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(LEGAL_FORMS, '')
    .replace(/[^\p{L}\d]/gu, '');
}

function spans(node: Node, field = 'evidence'): LocatedSpan[] {
  return ((node?.[field] as LocatedSpan[] | undefined) ?? []).filter((s) => s && typeof s.start === 'number');
}

function list(facts: Facts, slot: string): Record<string, unknown>[] {
  return (facts[slot] as Record<string, unknown>[] | null | undefined) ?? [];
}

function controllerKeys(c: Node): FactKey[] {
  if (!c) return [];
  const ev = spans(c);
  const out: FactKey[] = [];
  const add = (field: string, value: unknown, alternatives?: string[]) => {
    if (value === null || value === undefined || value === '') return;
    out.push({ slot: 'controller', id: `controller.${field}`, value: String(value), alternatives, spans: ev });
  };
  if (c.name) add('name', normaliseName(String(c.name)), c.legalName ? [normaliseName(String(c.legalName))] : []);
  add('legalForm', c.legalForm ? String(c.legalForm).replace(/\./g, '').toUpperCase() : null);
  add('enterpriseNumber', c.enterpriseNumber ? String(c.enterpriseNumber).replace(/\D/g, '') : null);
  add('kvkNumber', c.kvkNumber);
  add('vatNumber', c.vatNumber ? String(c.vatNumber).replace(/[\s.]/g, '').toUpperCase() : null);
  add('email', c.email ? String(c.email).toLowerCase() : null);
  add('phone', c.phone);
  add(
    'website',
    c.website
      ? String(c.website)
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .split('/')[0]
      : null,
  );
  const address = c.address as Node;
  if (address?.postalCode && address.city)
    add('address', `${String(address.postalCode).replace(/\s/g, '')} ${String(address.city).toLowerCase()}`);
  return out;
}

function dpoKeys(d: Node): FactKey[] {
  if (!d) return [];
  const ev = spans(d);
  const out: FactKey[] = [{ slot: 'dpo', id: 'dpo', value: 'yes', spans: ev }];
  if (d.name) out.push({ slot: 'dpo', id: 'dpo.name', value: normaliseName(String(d.name)), spans: ev });
  if (d.email) out.push({ slot: 'dpo', id: 'dpo.email', value: String(d.email).toLowerCase(), spans: ev });
  if (d.organization)
    out.push({ slot: 'dpo', id: 'dpo.organization', value: normaliseName(String(d.organization)), spans: ev });
  return out;
}

function authorityKeys(a: Node, predecessorNames: Map<string, string[]>): FactKey[] {
  if (!a) return [];
  const ev = spans(a);
  const namedAs = String(a.namedAs ?? '').toLowerCase();
  const olds = predecessorNames.get(String(a.authority)) ?? [];
  const predecessor =
    olds.some((p) => namedAs.includes(p.toLowerCase()) || p.toLowerCase().includes(namedAs)) ||
    /privacy ?commissi|vie priv|levenssfeer|\bcbp\b|college bescherming/.test(namedAs);
  return [
    { slot: 'supervisoryAuthority', id: 'supervisoryAuthority', value: String(a.authority), spans: ev },
    {
      slot: 'supervisoryAuthority',
      id: 'supervisoryAuthority.namedAs',
      value: predecessor ? 'predecessor' : 'current',
      spans: ev,
    },
  ];
}

function purposeKeys(facts: Facts): FactKey[] {
  const out: FactKey[] = [];
  for (const p of list(facts, 'purposes')) {
    const ev = spans(p);
    out.push({ slot: 'purposes', id: `purpose:${p.category}`, value: 'yes', spans: ev });
    for (const basis of (p.legalBases as string[] | null) ?? [])
      out.push({ slot: 'purposes', id: `purpose:${p.category}:basis:${basis}`, value: 'yes', spans: ev });
    const retention = p.retention as Node;
    if (retention?.duration)
      out.push({
        slot: 'purposes',
        id: `purpose:${p.category}:retention:${retention.duration}`,
        value: 'yes',
        spans: ev,
      });
  }
  return out;
}

function listKeys(
  facts: Facts,
  slot: string,
  field: string,
  prefix: string,
  extra?: (item: Record<string, unknown>) => string,
): FactKey[] {
  return list(facts, slot).map((item) => ({
    slot,
    id: `${prefix}:${item[field]}${extra ? `:${extra(item)}` : ''}`,
    value: 'yes',
    spans: spans(item),
  }));
}

function requestKeys(r: Node): FactKey[] {
  if (!r) return [];
  const ev = spans(r);
  const out: FactKey[] = ((r.channels as string[]) ?? []).map((c) => ({
    slot: 'rightsRequest',
    id: `rightsRequest.channel:${c}`,
    value: 'yes',
    spans: ev,
  }));
  if (r.email)
    out.push({ slot: 'rightsRequest', id: 'rightsRequest.email', value: String(r.email).toLowerCase(), spans: ev });
  if (r.responseTime)
    out.push({ slot: 'rightsRequest', id: 'rightsRequest.responseTime', value: String(r.responseTime), spans: ev });
  if (r.fee) out.push({ slot: 'rightsRequest', id: 'rightsRequest.fee', value: 'yes', spans: ev });
  if (r.identityProof) out.push({ slot: 'rightsRequest', id: 'rightsRequest.identityProof', value: 'yes', spans: ev });
  return out;
}

function statementKeys(facts: Facts): FactKey[] {
  const out: FactKey[] = [];
  const retention = facts.retention as Node;
  if (retention)
    out.push({
      slot: 'retention',
      id: 'retention',
      value: String(retention.duration ?? 'no-period'),
      spans: spans(retention),
    });
  const transfers = facts.transfersOutsideEEA as Node;
  if (transfers) {
    out.push({
      slot: 'transfersOutsideEEA',
      id: 'transfers.occurs',
      value: String(transfers.occurs),
      spans: spans(transfers),
    });
    if (transfers.safeguards)
      out.push({ slot: 'transfersOutsideEEA', id: 'transfers.safeguards', value: 'yes', spans: spans(transfers) });
  }
  const automated = facts.automatedDecisionMaking as Node;
  if (automated)
    out.push({
      slot: 'automatedDecisionMaking',
      id: 'automated.used',
      value: String(automated.used),
      spans: spans(automated),
    });
  const age = facts.minimumAge as Node;
  if (age) out.push({ slot: 'minimumAge', id: 'minimumAge', value: String(age.age), spans: spans(age) });
  const document = facts.document as Node;
  if (document?.language)
    out.push({ slot: 'document', id: 'document.language', value: String(document.language), spans: [] });
  if (document?.lastUpdated)
    out.push({
      slot: 'document',
      id: 'document.lastUpdated',
      value: String(document.lastUpdated),
      spans: spans(document, 'lastUpdatedEvidence'),
    });
  return out;
}

function dedupe(keys: FactKey[]): FactKey[] {
  const byId = new Map<string, FactKey>();
  for (const k of keys) {
    const seen = byId.get(k.id);
    if (seen) seen.spans = [...seen.spans, ...k.spans];
    else byId.set(k.id, { ...k, spans: [...k.spans] });
  }
  return [...byId.values()];
}

/**
 * The fact keys of one policy (gold or extracted, same shape), one per fact as the evaluation contract counts them.
 * `predecessorNames` maps an authority slug to its former names, to tell `namedAs` current from predecessor.
 */
export function factKeys(facts: Facts, predecessorNames: Map<string, string[]>): FactKey[] {
  return dedupe([
    ...controllerKeys(facts.controller as Node),
    ...dpoKeys(facts.dpo as Node),
    ...authorityKeys(facts.supervisoryAuthority as Node, predecessorNames),
    ...listKeys(facts, 'legalBases', 'code', 'legalBasis'),
    ...purposeKeys(facts),
    ...listKeys(facts, 'dataCategories', 'category', 'dataCategory'),
    ...listKeys(facts, 'processors', 'processor', 'processor', (p) => String(p.role)),
    ...listKeys(facts, 'recipients', 'category', 'recipient'),
    ...listKeys(facts, 'rights', 'right', 'right'),
    ...requestKeys(facts.rightsRequest as Node),
    ...listKeys(facts, 'cookies', 'kind', 'cookie'),
    ...statementKeys(facts),
  ]);
}
