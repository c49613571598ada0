import { StatementTopic } from '../../entities';
import { statementsAbout } from '../assessments';
import { firstSpan, quotedSentence } from '../evidence';
import { CONSENT_WORDS } from '../patterns';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/** Fires for each statement by which the policy takes merely using the website (or service) as consent. */
export function presumedConsentRule(facts: PolicyFacts): Finding[] {
  return statementsAbout(facts, StatementTopic.PRESUMED_CONSENT).map((statement) => ({
    code: FindingCode.PRESUMED_CONSENT,
    severity: FindingSeverity.HIGH,
    article: '4(11), 7',
    message: `Takes using the website as agreement to the processing: ${quotedSentence(firstSpan(statement.evidence, CONSENT_WORDS)?.quote ?? statement.description)} Consent must be a freely given, specific, informed and unambiguous indication given by a clear affirmative act (Art. 4(11), 7(1); Recital 32); merely using a website is not one, so no processing can rest on it.`,
    evidence: statement.evidence,
  }));
}
