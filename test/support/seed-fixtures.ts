import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { DEFAULT_SEEDS_DIR } from '../../src/seed';

/** A private copy of the committed seeds, to change in a test. */
export function copySeeds(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-seeds-'));
  fs.cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- fact files are free-form YAML in these fixtures
type FactsYaml = Record<string, any>;

/** Rewrites one fact file of a seeds copy through `change`. */
export function editFacts(dir: string, slug: string, change: (facts: FactsYaml) => void): void {
  const file = path.join(dir, 'facts', `${slug}.yaml`);
  const facts = parse(fs.readFileSync(file, 'utf8'));
  change(facts);
  fs.writeFileSync(file, stringify(facts));
}

/** A seeds copy where every policy appears `copies` times (as `<slug>-2`, `<slug>-3`, ...): more rows, same shapes. */
export function multipliedSeeds(copies: number): string {
  const dir = copySeeds();
  for (const name of fs.readdirSync(path.join(dir, 'facts'))) {
    const slug = name.replace(/\.yaml$/, '');
    const source = fs.readFileSync(path.join(dir, 'facts', name), 'utf8');
    for (let n = 2; n <= copies; n++) {
      const copy = `${slug}-${n}`;
      const facts = parse(source);
      facts.document.slug = copy;
      facts.controller.slug = copy;
      facts.document.file = `${copy}.txt`;
      fs.copyFileSync(path.join(dir, 'documents', `${slug}.txt`), path.join(dir, 'documents', `${copy}.txt`));
      fs.writeFileSync(path.join(dir, 'facts', `${copy}.yaml`), stringify(facts));
    }
  }
  return dir;
}
