import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Vocabulary } from '../../policy/vocabulary';
import { DEFAULT_SEEDS_DIR, readSeeds } from '../../seed/read-seeds';
import { extractPolicy } from '../extract';
import { parseDocument } from '../parse';
import { factKeys } from './fact-keys';
import { locateGold } from './locate-gold';
import { diffPolicy, scorePolicy, Tally } from './score';

export interface EvalPolicy {
  slug: string;
  bytes: Buffer;
  mediaType: string;
  gold: Record<string, unknown>;
}

export interface EvalReport {
  set: string;
  policies: number;
  tallies: Map<string, Tally>;
  /** Share of extracted spans with text.slice(start, end) === quote (must be 1). */
  evidenceValid: number;
  spans: number;
  missingGoldQuotes: string[];
  perPolicy: PolicyScore[];
}

/** One policy's counts, the keys it missed and wrongly extracted, and its gold quotes not found in the text. */
export interface PolicyScore {
  slug: string;
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  wrong: string[];
  missingQuotes: string[];
}

const MEDIA: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  md: 'text/markdown',
  txt: 'text/plain',
  pdf: 'application/pdf',
};

/** The seed set: seeds/documents/*.txt as text/plain, gold = seeds/facts/*.yaml. */
export function seedSet(seedsDir?: string): { vocabulary: Vocabulary; policies: EvalPolicy[] } {
  const seeds = readSeeds(seedsDir);
  const dir = seedsDir ?? DEFAULT_SEEDS_DIR;
  const policies = seeds.policies.map((p) => ({
    slug: p.facts.controller.slug,
    bytes: Buffer.from(p.text, 'utf8'),
    mediaType: 'text/plain',
    gold: parseYaml(fs.readFileSync(path.join(dir, 'facts', `${p.facts.controller.slug}.yaml`), 'utf8')) as Record<
      string,
      unknown
    >,
  }));
  return { vocabulary: seeds.vocabulary, policies };
}

/** A labelled folder: <dir>/<slug>/source.<html|md|txt|pdf> and facts.yaml. */
export function folderSet(dir: string): EvalPolicy[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((slug) => {
      const source = fs.readdirSync(path.join(dir, slug)).find((f) => /^source\.(html?|md|txt|pdf)$/.test(f));
      const factsFile = path.join(dir, slug, 'facts.yaml');
      if (!source || !fs.existsSync(factsFile)) return [];
      const ext = source.split('.').pop() ?? 'txt';
      return [
        {
          slug,
          bytes: fs.readFileSync(path.join(dir, slug, source)),
          mediaType: MEDIA[ext],
          gold: parseYaml(fs.readFileSync(factsFile, 'utf8')) as Record<string, unknown>,
        },
      ];
    });
}

/** Parses, extracts and scores every policy of a set against its gold facts. */
export async function runEval(set: string, policies: EvalPolicy[], vocabulary: Vocabulary): Promise<EvalReport> {
  const predecessors = new Map(
    vocabulary.supervisoryAuthorities.map((a) => [
      a.slug,
      [...a.predecessors.map((p) => p.name), ...a.predecessorContacts.emails],
    ]),
  );
  predecessors.set('ap-nl', ['College bescherming persoonsgegevens', 'CBP']);
  const tallies = new Map<string, Tally>();
  const report: EvalReport = {
    set,
    policies: policies.length,
    tallies,
    evidenceValid: 1,
    spans: 0,
    missingGoldQuotes: [],
    perPolicy: [],
  };
  let valid = 0;
  for (const policy of policies) {
    const parsed = await parseDocument(policy.bytes, policy.mediaType);
    const extracted = extractPolicy(parsed, vocabulary);
    const spans = collectSpans(extracted);
    report.spans += spans.length;
    valid += spans.filter((s) => parsed.text.slice(s.start, s.end) === s.quote).length;
    const missingQuotes: string[] = [];
    const gold = locateGold(policy.gold, parsed.text, missingQuotes) as Record<string, unknown>;
    report.missingGoldQuotes.push(...missingQuotes);
    const goldKeys = factKeys(gold, predecessors);
    const gotKeys = factKeys(extracted as unknown as Record<string, unknown>, predecessors);
    const own = new Map<string, Tally>();
    scorePolicy(goldKeys, gotKeys, own);
    scorePolicy(goldKeys, gotKeys, tallies);
    const o = own.get('overall');
    const { missed, wrong } = diffPolicy(goldKeys, gotKeys);
    report.perPolicy.push({
      slug: policy.slug,
      tp: o?.tp ?? 0,
      fp: o?.fp ?? 0,
      fn: o?.fn ?? 0,
      missed,
      wrong,
      missingQuotes,
    });
  }
  report.evidenceValid = report.spans ? valid / report.spans : 1;
  return report;
}

function collectSpans(node: unknown, out: { quote: string; start: number; end: number }[] = []) {
  if (Array.isArray(node)) node.forEach((n) => collectSpans(n, out));
  else if (node && typeof node === 'object') {
    const r = node as Record<string, unknown>;
    if (typeof r.quote === 'string' && typeof r.start === 'number')
      out.push(r as { quote: string; start: number; end: number });
    else Object.values(r).forEach((v) => collectSpans(v, out));
  }
  return out;
}
