import { TransparencyItem, TransparencyReport, TransparencyStatus } from '../model';
import { PolicyFacts } from '../policy-facts';
import {
  automatedDecisionMaking,
  complaint,
  controllerIdentity,
  dataSubjectRights,
  dpoContact,
  indirectDataCategories,
  indirectDataSource,
  legalBasisPerPurpose,
  legitimateInterests,
  purposesStated,
  recipients,
  retention,
  statutoryOrContractualRequirement,
  thirdCountryTransfers,
  withdrawConsent,
} from './requirements';

/** The requirements in the order of Art. 13 and 14, each producing one item (the rights one per right). */
export const TRANSPARENCY_REQUIREMENTS: readonly ((facts: PolicyFacts) => TransparencyItem | TransparencyItem[])[] = [
  controllerIdentity,
  dpoContact,
  purposesStated,
  legalBasisPerPurpose,
  legitimateInterests,
  recipients,
  thirdCountryTransfers,
  retention,
  dataSubjectRights,
  withdrawConsent,
  complaint,
  statutoryOrContractualRequirement,
  automatedDecisionMaking,
  indirectDataCategories,
  indirectDataSource,
];

/**
 * The summary of a list of items: the count per status and a score from 0 to 100, where MET counts 1, PARTIAL 1/2
 * and MISSING 0, over the applicable items (NOT_APPLICABLE ones do not count). 100 when nothing applies.
 */
export function scoreItems(items: readonly TransparencyItem[]): Omit<TransparencyReport, 'items'> {
  const count = (status: TransparencyStatus) => items.filter((i) => i.status === status).length;
  const met = count(TransparencyStatus.MET);
  const partial = count(TransparencyStatus.PARTIAL);
  const missing = count(TransparencyStatus.MISSING);
  const applicable = met + partial + missing;
  return {
    score: applicable ? Math.round((100 * (met + partial / 2)) / applicable) : 100,
    met,
    partial,
    missing,
    notApplicable: count(TransparencyStatus.NOT_APPLICABLE),
  };
}

/** The transparency report of one policy: every requirement of Art. 13/14 assessed, and the score. Pure. */
export function transparencyReport(facts: PolicyFacts): TransparencyReport {
  const items = TRANSPARENCY_REQUIREMENTS.flatMap((requirement) => requirement(facts));
  return { ...scoreItems(items), items };
}
