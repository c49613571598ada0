import { RightCode } from '../../entities';
import { mergeEvidence, quotedSentence, spansMatching, textOf } from '../evidence';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { FEE_WORDS, LAWFUL_FEE_LIMIT } from '../patterns';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires when the policy says it may charge for a request and does not limit the fee to what Art. 12(5) and 15(3)
 * allow (further copies, manifestly unfounded or excessive requests).
 */
export function accessRequestFeeRule(facts: PolicyFacts): Finding[] {
  const request = facts.rightsRequest;
  if (!request?.fee) return [];
  const spans = spansMatching(request.evidence, FEE_WORDS);
  if (LAWFUL_FEE_LIMIT.test(textOf([request.fee], spans))) return [];
  const access = facts.rights.filter((r) => r.right.code === RightCode.ACCESS);
  return [
    {
      code: FindingCode.ACCESS_REQUEST_FEE,
      severity: FindingSeverity.HIGH,
      article: '12(5), 15(3)',
      message: `Says it may charge for a data-subject request: ${quotedSentence(spans[0]?.quote ?? request.fee)} Requests are free (Art. 12(5)) and so is the first copy of the data (Art. 15(3)); a fee is allowed only for further copies or manifestly unfounded or excessive requests.`,
      evidence: mergeEvidence(spans, ...access.map((r) => r.evidence)),
    },
  ];
}
