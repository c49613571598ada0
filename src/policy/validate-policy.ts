import { createHash } from 'node:crypto';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { EvidenceRef, FactFile } from './fact-file';
import { locateQuote } from './locate-quote';
import { Vocabulary } from './vocabulary';

/** What is wrong with a policy or a fact, and where (`purposes[2].retention.duration`, `evidence[0]`). */
export interface PolicyProblem {
  path: string;
  code: ProblemCode;
  message: string;
}

/** The kinds of problem the gate finds; mutations report them as the `code` of their user errors. */
export type ProblemCode =
  'INVALID' | 'UNKNOWN_REFERENCE' | 'EVIDENCE_NOT_FOUND' | 'EVIDENCE_AMBIGUOUS' | 'EVIDENCE_MISMATCH';

/** A quote located in its document. */
export interface LocatedEvidence {
  quote: string;
  start: number;
  end: number;
}

/** A policy that passed the gate: its facts, its text, and every quote located in the text. */
export interface ValidPolicy {
  facts: FactFile;
  text: string;
  sha256: string;
  /** The located spans of each evidence list of `facts`, keyed by the list itself. */
  evidence: Map<EvidenceRef[], LocatedEvidence[]>;
}

const EVIDENCE_KEYS = new Set(['evidence', 'lastUpdatedEvidence']);

/** Quotes may be written as plain strings; the classes want `{ quote }` objects. Copies only what it changes. */
function normaliseEvidence(node: unknown): unknown {
  if (Array.isArray(node)) {
    const items = node.map(normaliseEvidence);
    return items.some((item, i) => item !== node[i]) ? items : node;
  }
  if (!node || typeof node !== 'object') return node;
  let changed = false;
  const entries = Object.entries(node).map(([key, value]) => {
    const normal =
      EVIDENCE_KEYS.has(key) && Array.isArray(value)
        ? value.some((v) => typeof v === 'string')
          ? value.map((v) => (typeof v === 'string' ? { quote: v } : v))
          : value
        : normaliseEvidence(value);
    changed ||= normal !== value;
    return [key, normal];
  });
  return changed ? Object.fromEntries(entries) : node;
}

const join = (prefix: string, property: string) =>
  /^\d+$/.test(property) ? `${prefix}[${property}]` : prefix ? `${prefix}.${property}` : property;

function flatten(errors: ValidationError[], prefix: string): PolicyProblem[] {
  return errors.flatMap((error) => {
    const path = join(prefix, error.property);
    const own = Object.values(error.constraints ?? {}).map((message) => {
      const found = error.value === undefined ? 'nothing' : JSON.stringify(error.value)?.slice(0, 120);
      return { path, code: 'INVALID' as const, message: `${message.replace(/^property /, '')} (found ${found})` };
    });
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Turns plain data (parsed YAML, JSON, a GraphQL input) into an instance of `cls` and validates it: every violation,
 * unknown keys included, with its path under `path`. Quotes may be plain strings.
 */
export function shapeOf<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
  path = '',
): { value: T; problems: PolicyProblem[] } {
  if (!plain || typeof plain !== 'object' || Array.isArray(plain)) {
    const problem = { path, code: 'INVALID' as const, message: `expected a mapping, found ${JSON.stringify(plain)}` };
    return { value: plain as T, problems: [problem] };
  }
  const value = plainToInstance(cls, normaliseEvidence(plain));
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return { value, problems: flatten(errors, path) };
}

/**
 * Locates one quote: by its offsets when it gives them (they must hold exactly the quote), else by its words (and
 * `occurrence`). Returns the span, or the problem.
 */
export function locateEvidence(text: string, ref: EvidenceRef, path: string): LocatedEvidence | PolicyProblem {
  const hasStart = ref.start !== undefined && ref.start !== null;
  const hasEnd = ref.end !== undefined && ref.end !== null;
  if (hasStart || hasEnd) {
    if (!hasStart || !hasEnd)
      return { path, code: 'INVALID', message: 'give both start and end, or neither (then the quote is searched for)' };
    const found = text.slice(ref.start, ref.end);
    if (ref.end! > text.length || found !== ref.quote) {
      const held = ref.end! > text.length ? `beyond the end of the text (${text.length})` : JSON.stringify(found);
      return {
        path,
        code: 'EVIDENCE_MISMATCH',
        message: `text.slice(${ref.start}, ${ref.end}) is ${held}, not the quote ${JSON.stringify(ref.quote)}`,
      };
    }
    return { quote: ref.quote, start: ref.start!, end: ref.end! };
  }
  const span = locateQuote(text, ref.quote, ref.occurrence);
  if (typeof span !== 'string') return { quote: ref.quote, ...span };
  return { path, code: span.includes('not found') ? 'EVIDENCE_NOT_FOUND' : 'EVIDENCE_AMBIGUOUS', message: span };
}

/**
 * Locates every quote in `node` (a fact file or one fact), keyed by its evidence list. Problems carry their paths
 * under `path`.
 */
export function locateAll(
  node: unknown,
  text: string,
  path = '',
  located = new Map<EvidenceRef[], LocatedEvidence[]>(),
  problems: PolicyProblem[] = [],
): { located: Map<EvidenceRef[], LocatedEvidence[]>; problems: PolicyProblem[] } {
  if (Array.isArray(node)) node.forEach((item, i) => locateAll(item, text, `${path}[${i}]`, located, problems));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const at = join(path, key);
      if (EVIDENCE_KEYS.has(key) && Array.isArray(value)) {
        const spans: LocatedEvidence[] = [];
        (value as EvidenceRef[]).forEach((ref, i) => {
          const span = locateEvidence(text, ref, `${at}[${i}]`);
          if ('code' in span) problems.push(span);
          else spans.push(span);
        });
        located.set(value as EvidenceRef[], spans);
      } else locateAll(value, text, at, located, problems);
    }
  }
  return { located, problems };
}

/** The kinds of term facts refer to, and the vocabulary file of each. */
const TERM_FILES = {
  'data category': 'data-categories',
  'purpose category': 'purpose-categories',
  'recipient category': 'recipient-categories',
  processor: 'processors',
  'supervisory authority': 'supervisory-authorities',
} as const;
export type TermKind = keyof typeof TERM_FILES;

/** Which terms exist: the keys of each kind (codes; vendors and authorities by slug). */
export type KnownTerms = Record<TermKind, ReadonlySet<string>>;

/** The keys of a vocabulary, by the kind of term that refers to them. */
export function knownTerms(vocabulary: Vocabulary): KnownTerms {
  return {
    'data category': new Set(vocabulary.dataCategories.map((t) => t.code)),
    'purpose category': new Set(vocabulary.purposeCategories.map((t) => t.code)),
    'recipient category': new Set(vocabulary.recipientCategories.map((t) => t.code)),
    processor: new Set(vocabulary.processors.map((t) => t.slug)),
    'supervisory authority': new Set(vocabulary.supervisoryAuthorities.map((t) => t.slug)),
  };
}

/** Every reference a (partial) fact file makes into the vocabulary: where, to what kind of term, which key. */
function referencesOf(facts: Partial<FactFile>): { path: string; kind: TermKind; key: string }[] {
  const refs: { path: string; kind: TermKind; key: string }[] = [];
  const add = (path: string, kind: TermKind, key: string | undefined | null) => key && refs.push({ path, kind, key });
  if (facts.supervisoryAuthority)
    add('supervisoryAuthority.authority', 'supervisory authority', facts.supervisoryAuthority.authority);
  facts.dataCategories?.forEach((d, i) => add(`dataCategories[${i}].category`, 'data category', d.category));
  facts.purposes?.forEach((p, i) => {
    add(`purposes[${i}].category`, 'purpose category', p.category);
    p.dataCategories?.forEach((c, j) => add(`purposes[${i}].dataCategories[${j}]`, 'data category', c));
  });
  facts.processors?.forEach((p, i) => {
    add(`processors[${i}].processor`, 'processor', p.processor);
    p.dataCategories?.forEach((c, j) => add(`processors[${i}].dataCategories[${j}]`, 'data category', c));
  });
  facts.recipients?.forEach((r, i) => add(`recipients[${i}].category`, 'recipient category', r.category));
  return refs;
}

/** The references of `facts` to terms that are not `known`. */
export function checkReferences(facts: Partial<FactFile>, known: KnownTerms): PolicyProblem[] {
  return referencesOf(facts)
    .filter((ref) => !known[ref.kind].has(ref.key))
    .map((ref) => ({
      path: ref.path,
      code: 'UNKNOWN_REFERENCE' as const,
      message: `unknown ${ref.kind} "${ref.key}" (expected a ${ref.kind} of the vocabulary, seeds/vocabulary/${TERM_FILES[ref.kind]}.yaml)`,
    }));
}

/**
 * The one gate every policy passes before it is written (seed files, synthetic policies, new versions, the
 * extractor's drafts): the facts have the fact-file shape (class-validator: KBO numbers, e-mails, E.164 phones, ISO
 * codes and durations, no unknown keys), every reference is a term of `vocabulary`, and every quote is found in (or,
 * with offsets, matches) `text`. Pure. Returns the valid policy, or every problem found.
 */
export function validatePolicy(
  input: { facts: unknown; text: string },
  vocabulary: Vocabulary | KnownTerms,
): { policy: ValidPolicy; problems: [] } | { policy: null; problems: PolicyProblem[] } {
  const { value: facts, problems } = shapeOf(FactFile, input.facts);
  if (problems.length) return { policy: null, problems };
  const known = 'processors' in vocabulary ? knownTerms(vocabulary) : vocabulary;
  const references = checkReferences(facts, known);
  const { located, problems: evidenceProblems } = locateAll(facts, input.text);
  const all = [...references, ...evidenceProblems];
  if (all.length) return { policy: null, problems: all };
  const sha256 = createHash('sha256').update(input.text, 'utf8').digest('hex');
  return { policy: { facts, text: input.text, sha256, evidence: located }, problems: [] };
}

/**
 * The gate for one fact (a curation mutation): `plain` has the shape of `cls` (the fact's class in the fact file),
 * its references are `known` terms, and its quotes are found in (or match) the version's `text`. Problems carry their
 * paths as if the fact stood at `field` of a fact file (`retention.duration`, `evidence[0]`). Pure.
 */
export function validateFact<T extends { evidence: EvidenceRef[] }>(
  cls: ClassConstructor<T>,
  field: keyof FactFile,
  many: boolean,
  plain: unknown,
  text: string,
  known: KnownTerms,
): { fact: T; evidence: LocatedEvidence[] } | { fact: null; problems: PolicyProblem[] } {
  const { value, problems } = shapeOf(cls, plain);
  if (problems.length) return { fact: null, problems };
  const references = checkReferences({ [field]: many ? [value] : value }, known).map((p) => ({
    ...p,
    path: p.path.replace(/^\w+(\[0\])?\.?/, ''),
  }));
  const { located, problems: evidenceProblems } = locateAll(value, text);
  const all = [...references, ...evidenceProblems];
  if (all.length) return { fact: null, problems: all };
  return { fact: value, evidence: located.get(value.evidence) ?? [] };
}
