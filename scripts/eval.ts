/**
 * npm run eval [-- --set seeds | --set eval/<name>] [--misses]: scores the extractor against a labelled set and prints precision,
 * recall and evidence figures per slot; --misses also lists, per policy, the facts missed and wrongly extracted. `seeds` and `eval/dev` are the sets the extractor was tuned on; other sets are held out.
 */
import 'reflect-metadata';
import path from 'node:path';
import { formatMisses, formatReport, folderSet, runEval, seedSet } from '../src/ingest/eval';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--set');
  const set = at >= 0 ? process.argv[at + 1] : 'seeds';
  const { vocabulary, policies: seedPolicies } = seedSet();
  const policies = set === 'seeds' ? seedPolicies : folderSet(path.resolve(set));
  if (policies.length === 0)
    throw new Error(`no labelled policy found in ${set} (expected <slug>/source.* and <slug>/facts.yaml)`);
  const report = await runEval(set, policies, vocabulary);
  // seeds and eval/dev are the sets the extractor was tuned on; only other sets (eval/unseen) measure it.
  const tuned = set === 'seeds' || path.basename(path.resolve(set)) === 'dev';
  const note = tuned
    ? 'TUNED ON: these figures are not a measure of quality on unseen policies'
    : 'held out: not tuned on';
  console.log(formatReport(report, note));
  if (process.argv.includes('--misses')) console.log(formatMisses(report));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
