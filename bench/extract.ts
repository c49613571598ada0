/**
 * npm run bench:extract: speed and memory of the ingest core on one core. Prints, per stage, the milliseconds for a
 * 15 KB policy (cold: first call, loading the spelling dictionary; warm: median of 20), then RSS and heap while 50
 * policies are processed in a row. Numbers only: no assertion, no timed test.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { readSeeds } from '../src/seed/read-seeds';
import { extractPolicy, parseDocument } from '../src/ingest';
import { buildPolicyText } from '../src/ingest/structure';

const seeds = readSeeds();
const docs = seeds.policies.map((p) => p.text);

function policyOf(bytes: number, offset: number): string {
  let text = '';
  for (let i = offset; text.length < bytes; i++) text += `${docs[i % docs.length]}\n\n`;
  return text.slice(0, bytes);
}

async function stages(text: string, mediaType: string) {
  const t0 = performance.now();
  const parsed = await parseDocument(Buffer.from(text, 'utf8'), mediaType);
  const t1 = performance.now();
  buildPolicyText(parsed);
  const t2 = performance.now();
  extractPolicy(parsed, seeds.vocabulary);
  const t3 = performance.now();
  return { parse: t1 - t0, structure: t2 - t1, extract: t3 - t2, total: t3 - t0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(): Promise<void> {
  const text = policyOf(15 * 1024, 4);
  const html = `<html><body><main>${text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/[<&]/g, ' ')}</p>`)
    .join('\n')}</main></body></html>`;
  const cold = await stages(text, 'text/plain');
  console.log(
    `15 KB policy (text/plain), cold: parse ${cold.parse.toFixed(0)} ms, structure ${cold.structure.toFixed(0)} ms, extract ${cold.extract.toFixed(0)} ms, total ${cold.total.toFixed(0)} ms`,
  );
  for (const [label, source, type] of [
    ['text/plain', text, 'text/plain'],
    ['text/html', html, 'text/html'],
    ['cloudware (ligature repair)', docs[2], 'text/plain'],
  ]) {
    const runs: Awaited<ReturnType<typeof stages>>[] = [];
    for (let i = 0; i < 20; i++) runs.push(await stages(source, type));
    const m = (k: 'parse' | 'structure' | 'extract' | 'total') => median(runs.map((r) => r[k])).toFixed(1);
    console.log(
      `${label}, warm median of 20 (${(source.length / 1024).toFixed(1)} KB): parse ${m('parse')} ms, structure ${m('structure')} ms, extract ${m('extract')} ms, total ${m('total')} ms per policy`,
    );
  }
  gc();
  const before = process.memoryUsage();
  console.log(`before 50 policies: rss ${mb(before.rss)}, heap used ${mb(before.heapUsed)}`);
  const t = performance.now();
  for (let i = 0; i < 50; i++) {
    const parsed = await parseDocument(Buffer.from(policyOf(15 * 1024, i), 'utf8'), 'text/plain');
    extractPolicy(parsed, seeds.vocabulary);
    if ((i + 1) % 10 === 0) {
      gc();
      const m = process.memoryUsage();
      console.log(`after ${i + 1} policies: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)}`);
    }
  }
  console.log(
    `50 policies of 15 KB in ${(performance.now() - t).toFixed(0)} ms (${((performance.now() - t) / 50).toFixed(1)} ms each)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
