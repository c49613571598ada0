import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../config';
import { locateQuote } from './locate-quote';
import { SeedError, SeedErrors } from './seed-error';
import {
  DataCategoryTerm,
  EvidenceRef,
  FactFile,
  LegalBasisTerm,
  ProcessorTerm,
  PurposeCategoryTerm,
  RecipientCategoryTerm,
  RightTerm,
  SupervisoryAuthorityTerm,
} from './seed-files';

export const DEFAULT_SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

/** A quote located in its document. */
export interface LocatedEvidence {
  quote: string;
  start: number;
  end: number;
}

export interface Vocabulary {
  legalBases: LegalBasisTerm[];
  rights: RightTerm[];
  dataCategories: DataCategoryTerm[];
  purposeCategories: PurposeCategoryTerm[];
  recipientCategories: RecipientCategoryTerm[];
  processors: ProcessorTerm[];
  supervisoryAuthorities: SupervisoryAuthorityTerm[];
}

/** One policy: its text and the facts read from it, every quote located. */
export interface SeedPolicy {
  factFile: string;
  facts: FactFile;
  text: string;
  sha256: string;
  /** The located spans of each evidence list of `facts`, keyed by the list itself. */
  evidence: Map<EvidenceRef[], LocatedEvidence[]>;
}

export interface SeedSet {
  vocabulary: Vocabulary;
  policies: SeedPolicy[];
  /** SHA-256 over every seed file: equal fingerprints mean equal databases. */
  fingerprint: string;
}

const EVIDENCE_KEYS = new Set(['evidence', 'lastUpdatedEvidence']);

/** Quotes may be written as plain strings; the classes want `{ quote }` objects. */
function normaliseEvidence(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normaliseEvidence);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      EVIDENCE_KEYS.has(key) && Array.isArray(value)
        ? value.map((v) => (typeof v === 'string' ? { quote: v } : v))
        : normaliseEvidence(value),
    ]),
  );
}

function flatten(errors: ValidationError[], file: string, prefix = ''): SeedError[] {
  return errors.flatMap((error) => {
    const entry = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => {
      const found = error.value === undefined ? 'nothing' : JSON.stringify(error.value)?.slice(0, 120);
      return new SeedError(file, entry, `${message.replace(/^property /, '')} (found ${found})`);
    });
    return [...own, ...flatten(error.children ?? [], file, entry)];
  });
}

function readYaml(file: string, relative: string): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedErrors([new SeedError(relative, '', `cannot be read as YAML: ${(error as Error).message}`)]);
  }
}

function validated<T extends object>(
  cls: ClassConstructor<T>,
  plain: unknown,
  file: string,
  entry = '',
): { value: T; errors: SeedError[] } {
  if (!plain || typeof plain !== 'object') {
    return {
      value: plain as T,
      errors: [new SeedError(file, entry, `expected a mapping, found ${JSON.stringify(plain)}`)],
    };
  }
  const value = plainToInstance(cls, normaliseEvidence(plain));
  const errors = validateSync(value, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  return { value, errors: flatten(errors, file, entry) };
}

function readList<T extends object>(dir: string, name: string, cls: ClassConstructor<T>, errors: SeedError[]): T[] {
  const relative = `seeds/vocabulary/${name}.yaml`;
  const plain = readYaml(path.join(dir, 'vocabulary', `${name}.yaml`), relative);
  if (!Array.isArray(plain)) {
    errors.push(new SeedError(relative, '', 'expected a list of terms'));
    return [];
  }
  return plain.map((item, i) => {
    const result = validated(cls, item, relative, `[${i}]`);
    errors.push(...result.errors);
    return result.value;
  });
}

function checkUnique<T>(items: T[], key: (t: T) => string, file: string, errors: SeedError[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) errors.push(new SeedError(file, `[${i}]`, `duplicate key "${k}"`));
    seen.add(k);
  });
}

/**
 * Reads and validates every seed file under `dir` (documents, facts, vocabulary), checks every reference between
 * them and locates every evidence quote in its document. Pure: touches no database.
 * Throws SeedErrors listing every problem found (file, entry, what was expected, what was found).
 */
export function readSeeds(dir: string = DEFAULT_SEEDS_DIR): SeedSet {
  const errors: SeedError[] = [];
  const hash = createHash('sha256');
  const vocabulary: Vocabulary = {
    legalBases: readList(dir, 'legal-bases', LegalBasisTerm, errors),
    rights: readList(dir, 'rights', RightTerm, errors),
    dataCategories: readList(dir, 'data-categories', DataCategoryTerm, errors),
    purposeCategories: readList(dir, 'purpose-categories', PurposeCategoryTerm, errors),
    recipientCategories: readList(dir, 'recipient-categories', RecipientCategoryTerm, errors),
    processors: readList(dir, 'processors', ProcessorTerm, errors),
    supervisoryAuthorities: readList(dir, 'supervisory-authorities', SupervisoryAuthorityTerm, errors),
  };
  checkUnique(vocabulary.dataCategories, (t) => t.code, 'seeds/vocabulary/data-categories.yaml', errors);
  checkUnique(vocabulary.purposeCategories, (t) => t.code, 'seeds/vocabulary/purpose-categories.yaml', errors);
  checkUnique(vocabulary.recipientCategories, (t) => t.code, 'seeds/vocabulary/recipient-categories.yaml', errors);
  checkUnique(vocabulary.processors, (t) => t.slug, 'seeds/vocabulary/processors.yaml', errors);
  checkUnique(vocabulary.legalBases, (t) => t.code, 'seeds/vocabulary/legal-bases.yaml', errors);
  checkUnique(vocabulary.rights, (t) => t.code, 'seeds/vocabulary/rights.yaml', errors);
  checkUnique(
    vocabulary.supervisoryAuthorities,
    (t) => t.slug,
    'seeds/vocabulary/supervisory-authorities.yaml',
    errors,
  );
  for (const name of fs.readdirSync(path.join(dir, 'vocabulary')).sort()) {
    hash.update(name).update(fs.readFileSync(path.join(dir, 'vocabulary', name)));
  }

  const known = {
    dataCategory: new Set(vocabulary.dataCategories.map((t) => t.code)),
    purposeCategory: new Set(vocabulary.purposeCategories.map((t) => t.code)),
    recipientCategory: new Set(vocabulary.recipientCategories.map((t) => t.code)),
    processor: new Set(vocabulary.processors.map((t) => t.slug)),
    authority: new Set(vocabulary.supervisoryAuthorities.map((t) => t.slug)),
  };

  const policies: SeedPolicy[] = [];
  const factFiles = fs
    .readdirSync(path.join(dir, 'facts'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  for (const name of factFiles) {
    const relative = `seeds/facts/${name}`;
    const raw = fs.readFileSync(path.join(dir, 'facts', name));
    hash.update(name).update(raw);
    const { value: facts, errors: shapeErrors } = validated(
      FactFile,
      readYaml(path.join(dir, 'facts', name), relative),
      relative,
    );
    if (shapeErrors.length) {
      errors.push(...shapeErrors);
      continue;
    }
    const fail = (entry: string, problem: string) => errors.push(new SeedError(relative, entry, problem));
    if (facts.document.slug !== facts.controller.slug || name !== `${facts.controller.slug}.yaml`) {
      fail(
        'document.slug',
        `file name, document.slug and controller.slug must be equal (found ${name}, "${facts.document.slug}", "${facts.controller.slug}")`,
      );
    }
    const documentPath = path.join(dir, 'documents', facts.document.file);
    if (!fs.existsSync(documentPath)) {
      fail('document.file', `expected a file seeds/documents/${facts.document.file}, found none`);
      continue;
    }
    const bytes = fs.readFileSync(documentPath);
    hash.update(facts.document.file).update(bytes);
    const text = bytes.toString('utf8');

    // References into the vocabulary.
    const ref = (set: Set<string>, value: string | undefined | null, entry: string, what: string, file: string) => {
      if (value && !set.has(value))
        fail(entry, `unknown ${what} "${value}" (expected a ${what} listed in seeds/vocabulary/${file})`);
    };
    if (facts.supervisoryAuthority) {
      ref(
        known.authority,
        facts.supervisoryAuthority.authority,
        'supervisoryAuthority.authority',
        'supervisory authority',
        'supervisory-authorities.yaml',
      );
    }
    facts.dataCategories?.forEach((d, i) =>
      ref(known.dataCategory, d.category, `dataCategories[${i}].category`, 'data category', 'data-categories.yaml'),
    );
    facts.purposes?.forEach((p, i) => {
      ref(known.purposeCategory, p.category, `purposes[${i}].category`, 'purpose category', 'purpose-categories.yaml');
      p.dataCategories?.forEach((c, j) =>
        ref(known.dataCategory, c, `purposes[${i}].dataCategories[${j}]`, 'data category', 'data-categories.yaml'),
      );
    });
    facts.processors?.forEach((p, i) => {
      ref(known.processor, p.processor, `processors[${i}].processor`, 'processor', 'processors.yaml');
      p.dataCategories?.forEach((c, j) =>
        ref(known.dataCategory, c, `processors[${i}].dataCategories[${j}]`, 'data category', 'data-categories.yaml'),
      );
    });
    facts.recipients?.forEach((r, i) =>
      ref(
        known.recipientCategory,
        r.category,
        `recipients[${i}].category`,
        'recipient category',
        'recipient-categories.yaml',
      ),
    );

    // Every quote, located.
    const evidence = new Map<EvidenceRef[], LocatedEvidence[]>();
    const locateAll = (node: unknown, entry: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => locateAll(item, `${entry}[${i}]`));
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        const at = entry ? `${entry}.${key}` : key;
        if (EVIDENCE_KEYS.has(key) && Array.isArray(value)) {
          const located: LocatedEvidence[] = [];
          (value as EvidenceRef[]).forEach((e, i) => {
            const span = locateQuote(text, e.quote, e.occurrence);
            if (typeof span === 'string') fail(`${at}[${i}]`, span);
            else located.push({ quote: e.quote, ...span });
          });
          evidence.set(value as EvidenceRef[], located);
        } else locateAll(value, at);
      }
    };
    locateAll(facts, '');
    policies.push({
      factFile: relative,
      facts,
      text,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      evidence,
    });
  }
  if (policies.length === 0 && errors.length === 0)
    errors.push(new SeedError('seeds/facts', '', 'expected at least one fact file, found none'));
  const slugs = new Set<string>();
  for (const policy of policies) {
    if (slugs.has(policy.facts.controller.slug))
      errors.push(
        new SeedError(
          policy.factFile,
          'controller.slug',
          `duplicate controller slug "${policy.facts.controller.slug}"`,
        ),
      );
    slugs.add(policy.facts.controller.slug);
  }
  if (errors.length) throw new SeedErrors(errors);
  return { vocabulary, policies, fingerprint: hash.digest('hex') };
}
