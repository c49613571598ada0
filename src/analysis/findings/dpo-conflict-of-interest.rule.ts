import { mergeEvidence } from '../evidence';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { MANAGEMENT_ROLE, normalizeName } from '../patterns';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires when the person named as data protection officer is the person the policy names as the controller's
 * representative in a management role (e.g. "Jan Peeters (bestuurder)"): a DPO may not determine the purposes and
 * means of processing (Art. 38(6)).
 */
export function dpoConflictOfInterestRule(facts: PolicyFacts): Finding[] {
  const dpoName = facts.dpo?.name;
  const representative = facts.controller.representative;
  if (!dpoName || !representative) return [];
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(representative);
  const [person, role] = match ? [match[1], match[2]] : [representative, ''];
  if (normalizeName(person) !== normalizeName(dpoName) || !MANAGEMENT_ROLE.test(role)) return [];
  const name = normalizeName(dpoName);
  const controllerSpans = facts.controller.evidence.filter((s) => normalizeName(s.quote).includes(name));
  return [
    {
      code: FindingCode.DPO_CONFLICT_OF_INTEREST,
      severity: FindingSeverity.MEDIUM,
      article: '38(6)',
      message: `Names ${dpoName} both as data protection officer and as the controller's ${role}. A DPO may not hold a position in which they determine the purposes and means of processing, as a member of management does (Art. 38(6); WP243 rev.01 §3.5), so the DPO cannot be independent of the processing they oversee.`,
      evidence: mergeEvidence(controllerSpans, facts.dpo?.evidence),
    },
  ];
}
