import { RightCode, StatementTopic } from '../../entities';
import { statementsAbout } from '../assessments';
import { Finding, FindingCode, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';

/**
 * Fires when the policy says it takes automated decisions about people but states neither the right not to be
 * subject to them (Art. 22) nor the safeguards of Art. 22(3).
 */
export function automatedDecisionsWithoutSafeguardsRule(facts: PolicyFacts): Finding[] {
  const statement = statementsAbout(facts, StatementTopic.AUTOMATED_DECISION_MAKING)[0] ?? null;
  const used = statement ? statement.kind === 'USED' : facts.controller.automatedDecisionMaking === true;
  if (!used || facts.rights.some((r) => r.right.code === RightCode.AUTOMATED_DECISION)) return [];
  return [
    {
      code: FindingCode.AUTOMATED_DECISIONS_WITHOUT_SAFEGUARDS,
      severity: FindingSeverity.MEDIUM,
      article: '13(2)(f), 22',
      message:
        'Says it takes decisions about people by automated means, without human involvement, but states neither the right not to be subject to such decisions (Art. 22(1)) nor the safeguards of Art. 22(3): obtaining human intervention, expressing one\u2019s point of view and contesting the decision.',
      evidence: statement?.evidence ?? facts.controller.evidence,
    },
  ];
}
