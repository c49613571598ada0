import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ClassConstructor } from 'class-transformer';
import { parse } from 'yaml';
import { PolicyProblem, shapeOf, validatePolicy, ValidPolicy } from '../policy/validate-policy';
import {
  DataCategoryTerm,
  LegalBasisTerm,
  ProcessorTerm,
  PurposeCategoryTerm,
  RecipientCategoryTerm,
  RightTerm,
  SupervisoryAuthorityTerm,
  Vocabulary,
} from '../policy/vocabulary';
import { SeedError, SeedErrors } from './seed-error';

import { DEFAULT_SEEDS_DIR } from './seed-files';

export { DEFAULT_SEEDS_DIR };

/** One policy of the seeds: its fact file and document, validated, and the fingerprint of the two files. */
export interface SeedPolicy extends ValidPolicy {
  factFile: string;
  /** SHA-256 over the fact file and the document: equal fingerprints, equal versions. */
  fingerprint: string;
}

export interface SeedSet {
  vocabulary: Vocabulary;
  /** SHA-256 over the vocabulary files. */
  vocabularyFingerprint: string;
  policies: SeedPolicy[];
  /** SHA-256 over every seed file. */
  fingerprint: string;
}

function readYaml(file: string, relative: string): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedErrors([new SeedError(relative, '', `cannot be read as YAML: ${(error as Error).message}`)]);
  }
}

const asSeedErrors = (file: string, problems: PolicyProblem[], prefix = '') =>
  problems.map((p) => new SeedError(file, prefix + p.path, p.message));

function readList<T extends object>(dir: string, name: string, cls: ClassConstructor<T>, errors: SeedError[]): T[] {
  const relative = `seeds/vocabulary/${name}.yaml`;
  const plain = readYaml(path.join(dir, 'vocabulary', `${name}.yaml`), relative);
  if (!Array.isArray(plain)) {
    errors.push(new SeedError(relative, '', 'expected a list of terms'));
    return [];
  }
  return plain.map((item, i) => {
    const { value, problems } = shapeOf(cls, item, `[${i}]`);
    errors.push(...asSeedErrors(relative, problems));
    return value;
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

/** Reads and checks the vocabulary files; returns them with their fingerprint. */
function readVocabulary(dir: string, errors: SeedError[]): { vocabulary: Vocabulary; fingerprint: string } {
  const vocabulary: Vocabulary = {
    legalBases: readList(dir, 'legal-bases', LegalBasisTerm, errors),
    rights: readList(dir, 'rights', RightTerm, errors),
    dataCategories: readList(dir, 'data-categories', DataCategoryTerm, errors),
    purposeCategories: readList(dir, 'purpose-categories', PurposeCategoryTerm, errors),
    recipientCategories: readList(dir, 'recipient-categories', RecipientCategoryTerm, errors),
    processors: readList(dir, 'processors', ProcessorTerm, errors),
    supervisoryAuthorities: readList(dir, 'supervisory-authorities', SupervisoryAuthorityTerm, errors),
  };
  const file = (name: string) => `seeds/vocabulary/${name}.yaml`;
  checkUnique(vocabulary.dataCategories, (t) => t.code, file('data-categories'), errors);
  checkUnique(vocabulary.purposeCategories, (t) => t.code, file('purpose-categories'), errors);
  checkUnique(vocabulary.recipientCategories, (t) => t.code, file('recipient-categories'), errors);
  checkUnique(vocabulary.processors, (t) => t.slug, file('processors'), errors);
  checkUnique(vocabulary.legalBases, (t) => t.code, file('legal-bases'), errors);
  checkUnique(vocabulary.rights, (t) => t.code, file('rights'), errors);
  checkUnique(vocabulary.supervisoryAuthorities, (t) => t.slug, file('supervisory-authorities'), errors);
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(path.join(dir, 'vocabulary')).sort())
    hash.update(name).update(fs.readFileSync(path.join(dir, 'vocabulary', name)));
  return { vocabulary, fingerprint: hash.digest('hex') };
}

/** Reads one fact file and its document and passes them through the gate; null (with errors) when they fail. */
function readPolicy(dir: string, name: string, vocabulary: Vocabulary, errors: SeedError[]): SeedPolicy | null {
  const relative = `seeds/facts/${name}`;
  const raw = fs.readFileSync(path.join(dir, 'facts', name));
  const plain = readYaml(path.join(dir, 'facts', name), relative) as { document?: { file?: unknown } } | null;
  const documentFile = typeof plain?.document?.file === 'string' ? plain.document.file : null;
  const documentPath = documentFile ? path.join(dir, 'documents', documentFile) : null;
  if (documentPath && !fs.existsSync(documentPath)) {
    errors.push(
      new SeedError(relative, 'document.file', `expected a file seeds/documents/${documentFile}, found none`),
    );
    return null;
  }
  const bytes = documentPath ? fs.readFileSync(documentPath) : Buffer.alloc(0);
  const { policy, problems } = validatePolicy({ facts: plain, text: bytes.toString('utf8') }, vocabulary);
  if (!policy) {
    errors.push(...asSeedErrors(relative, problems));
    return null;
  }
  const { slug } = policy.facts.controller;
  if (policy.facts.document.slug !== slug || name !== `${slug}.yaml`) {
    const found = `found ${name}, "${policy.facts.document.slug}", "${slug}"`;
    errors.push(
      new SeedError(relative, 'document.slug', `file name, document.slug and controller.slug must be equal (${found})`),
    );
  }
  const fingerprint = createHash('sha256').update(raw).update(bytes).digest('hex');
  return { ...policy, factFile: relative, fingerprint };
}

/**
 * Reads and validates every seed file under `dir` (documents, facts, vocabulary): each policy passes the one gate
 * (validatePolicy: the shape, every reference into the vocabulary, every quote located in its document). Pure:
 * touches no database. Throws SeedErrors listing every problem found (file, entry, what was expected, what was found).
 */
export function readSeeds(dir: string = DEFAULT_SEEDS_DIR): SeedSet {
  const errors: SeedError[] = [];
  const { vocabulary, fingerprint: vocabularyFingerprint } = readVocabulary(dir, errors);
  const names = fs
    .readdirSync(path.join(dir, 'facts'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const policies = names
    .map((name) => readPolicy(dir, name, vocabulary, errors))
    .filter((p): p is SeedPolicy => p !== null);
  if (names.length === 0) errors.push(new SeedError('seeds/facts', '', 'expected at least one fact file, found none'));
  const slugs = new Set<string>();
  for (const policy of policies) {
    const { slug } = policy.facts.controller;
    if (slugs.has(slug))
      errors.push(new SeedError(policy.factFile, 'controller.slug', `duplicate controller slug "${slug}"`));
    slugs.add(slug);
  }
  if (errors.length) throw new SeedErrors(errors);
  const all = createHash('sha256').update(vocabularyFingerprint);
  for (const policy of policies) all.update(policy.fingerprint);
  return { vocabulary, vocabularyFingerprint, policies, fingerprint: all.digest('hex') };
}
