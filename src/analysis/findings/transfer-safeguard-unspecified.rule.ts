import { readTransfers } from '../assessments';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/** Fires when the policy says data are transferred outside the EEA but names no transfer tool of Chapter V. */
export function transferSafeguardUnspecifiedRule(facts: PolicyFacts): Finding[] {
  const { occurs, statement, toolNamed } = readTransfers(facts);
  if (occurs !== true || toolNamed) return [];
  return [
    {
      code: FindingCode.TRANSFER_SAFEGUARD_UNSPECIFIED,
      severity: FindingSeverity.MEDIUM,
      article: '13(1)(f), 46',
      message:
        'States that personal data are transferred outside the EEA but names no transfer tool (an adequacy decision, standard contractual clauses, binding corporate rules, an Art. 49 derogation) and not where a copy of the safeguards can be obtained; saying that transfers comply with the GDPR does not tell a person which safeguard applies.',
      evidence: statement?.evidence ?? facts.controller.evidence,
    },
  ];
}
