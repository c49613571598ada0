import { readRetention } from '../assessments';
import { firstSpan, quotedSentence } from '../evidence';
import { NECESSITY } from '../patterns';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires when the only retention rule is "as long as necessary" (necessity wording, no period, no duration) and no
 * purpose has a retention period of its own.
 */
export function vagueRetentionRule(facts: PolicyFacts): Finding[] {
  const { general, generalIsVague, withRetention } = readRetention(facts);
  if (!general || !generalIsVague || withRetention.length) return [];
  return [
    {
      code: FindingCode.VAGUE_RETENTION,
      severity: FindingSeverity.MEDIUM,
      article: '13(2)(a)',
      message: `States only that data are kept as long as necessary: ${quotedSentence(firstSpan(general.evidence, NECESSITY)?.quote ?? general.description)} It gives no period and no criteria to determine one; WP260 rev.01 (§45) says that is not enough: the period, or the criteria, must be stated per purpose or category of data.`,
      evidence: general.evidence,
    },
  ];
}
