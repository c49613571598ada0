import { EvalReport } from './run-eval';
import { precision, recall } from './score';

const SLOTS = [
  'controller',
  'dpo',
  'supervisoryAuthority',
  'legalBases',
  'purposes',
  'retention',
  'dataCategories',
  'processors',
  'recipients',
  'rights',
  'rightsRequest',
  'transfersOutsideEEA',
  'automatedDecisionMaking',
  'minimumAge',
  'cookies',
  'document',
  'closed-class',
  'overall',
];

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The report as a table: per slot precision, recall, counts and evidence on target; then the evidence invariant. */
export function formatReport(report: EvalReport, note: string): string {
  const lines = [`Set ${report.set} (${report.policies} policies) — ${note}`, ''];
  lines.push(`${'slot'.padEnd(24)} precision  recall     tp    fp    fn  evidence on target`);
  for (const slot of SLOTS) {
    const t = report.tallies.get(slot);
    if (!t) continue;
    const target = t.withGoldSpans ? `${pct(t.onTarget / t.withGoldSpans)} (${t.onTarget}/${t.withGoldSpans})` : '   -';
    lines.push(
      `${slot.padEnd(24)} ${pct(precision(t))}    ${pct(recall(t))}  ${String(t.tp).padStart(5)} ${String(t.fp).padStart(5)} ${String(t.fn).padStart(5)}  ${target}`,
    );
  }
  lines.push(
    '',
    `evidence spans with text.slice(start, end) === quote: ${pct(report.evidenceValid)} of ${report.spans}`,
  );
  if (report.missingGoldQuotes.length)
    lines.push(`gold quotes not found in the canonical text: ${report.missingGoldQuotes.length}`);
  lines.push(
    '',
    'per policy (tp/fp/fn): ' + report.perPolicy.map((p) => `${p.slug} ${p.tp}/${p.fp}/${p.fn}`).join(', '),
  );
  return lines.join('\n');
}

/** Per policy: the gold facts missed, the extracted facts that are wrong, the gold quotes not found in the text. */
export function formatMisses(report: EvalReport): string {
  const lines: string[] = [];
  for (const p of report.perPolicy) {
    lines.push(`\n## ${p.slug} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
    for (const m of p.missed) lines.push(`  missed ${m}`);
    for (const w of p.wrong) lines.push(`  wrong  ${w}`);
    for (const q of p.missingQuotes) lines.push(`  quote not found: ${JSON.stringify(q)}`);
  }
  return lines.join('\n');
}
