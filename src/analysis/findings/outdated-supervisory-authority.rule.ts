import { outdatedAuthority } from '../assessments';
import { quoted } from '../evidence';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires when the policy names the supervisory authority by a predecessor's name or gives a predecessor's e-mail
 * address or website (the vocabulary lists both), e.g. the Privacy Commission, replaced by the GBA on 25 May 2018.
 */
export function outdatedSupervisoryAuthorityRule(facts: PolicyFacts): Finding[] {
  const outdated = outdatedAuthority(facts);
  const authority = facts.supervisoryAuthority;
  if (!outdated || !authority) return [];
  const current = `the ${authority.name} (${authority.acronym})`;
  const name = outdated.predecessorName
    ? `Names the supervisory authority ${quoted(outdated.predecessorName)}, the body ${current} replaced on ${outdated.replacedOn}`
    : `Refers to ${current}`;
  const contacts = outdated.contacts.length ? `, and gives the former contact ${outdated.contacts.join(', ')}` : '';
  return [
    {
      code: FindingCode.OUTDATED_SUPERVISORY_AUTHORITY,
      severity: FindingSeverity.MEDIUM,
      article: '13(2)(d), 77',
      message: `${name}${contacts}. A person who wants to complain is sent to a body or address that no longer exists.`,
      evidence: outdated.evidence,
    },
  ];
}
