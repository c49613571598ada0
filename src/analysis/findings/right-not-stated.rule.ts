import { rightRequirements } from '../assessments';
import { mergeEvidence } from '../evidence';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires for each right the policy must state and does not (see `rightRequirements`: access, rectification, erasure,
 * restriction and complaint always; portability, objection, objection to direct marketing and withdrawal of consent
 * when the policy's bases or purposes bring them into play). The evidence is what makes the right required and the
 * rights the policy does state.
 */
export function rightNotStatedRule(facts: PolicyFacts): Finding[] {
  const stated = new Set(facts.rights.map((r) => r.right.code));
  return rightRequirements(facts)
    .filter((r) => r.required && !stated.has(r.code))
    .map((r) => ({
      code: FindingCode.RIGHT_NOT_STATED,
      severity: FindingSeverity.MEDIUM,
      article: r.article,
      message: `Does not state the ${r.requirement.charAt(0).toLowerCase()}${r.requirement.slice(1)}. ${r.because}`,
      evidence: mergeEvidence(r.grounds, ...facts.rights.map((s) => s.evidence)),
    }));
}
