import type { FindingSeverity, TransparencyStatus } from '../generated/graphql';
import { SEVERITY_LABELS, STATUS_LABELS } from '../lib/labels';

/** A transparency status as a coloured label (colour is never the only cue: the word is always there). */
export function StatusBadge({ status }: { status: TransparencyStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return <span className={`badge severity-${severity.toLowerCase()}`}>{SEVERITY_LABELS[severity]}</span>;
}

/** The transparency score, 0 to 100, as a number and a bar. */
export function ScoreMeter({ score, label = 'Transparency score' }: { score: number; label?: string }) {
  const tone = score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
  return (
    <span className={`score score-${tone}`} title={`${label}: ${score} of 100`}>
      <span className="score-value">{score}</span>
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
      <span className="visually-hidden"> {label}, out of 100</span>
    </span>
  );
}

/** Counts of findings by severity, e.g. "1 high · 2 medium"; "No findings" when there are none. */
export function FindingCounts({ findings }: { findings: readonly { severity: FindingSeverity }[] }) {
  if (findings.length === 0) return <span className="muted">No findings</span>;
  const counts = (['HIGH', 'MEDIUM', 'LOW'] as const)
    .map((severity) => ({ severity, count: findings.filter((finding) => finding.severity === severity).length }))
    .filter(({ count }) => count > 0);
  return (
    <span className="finding-counts">
      {counts.map(({ severity, count }) => (
        <span key={severity} className={`badge severity-${severity.toLowerCase()}`}>
          {count} {SEVERITY_LABELS[severity].toLowerCase()}
        </span>
      ))}
    </span>
  );
}
