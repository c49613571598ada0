import { Finding, FindingSeverity } from '../model';
import { PolicyFacts } from '../policy-facts';
import { accessRequestFeeRule } from './access-request-fee.rule';
import { automatedDecisionsWithoutSafeguardsRule } from './automated-decisions-without-safeguards.rule';
import { dpoConflictOfInterestRule } from './dpo-conflict-of-interest.rule';
import { FindingRule } from './finding-rule';
import { foreignIdentityDocumentRule } from './foreign-identity-document.rule';
import { nonEeaVendorRule } from './non-eea-vendor.rule';
import { outdatedSupervisoryAuthorityRule } from './outdated-supervisory-authority.rule';
import { presumedConsentRule } from './presumed-consent.rule';
import { purposeWithoutLegalBasisRule } from './purpose-without-legal-basis.rule';
import { rightNotStatedRule } from './right-not-stated.rule';
import { specialCategoryWithoutConditionRule } from './special-category-without-condition.rule';
import { transferSafeguardUnspecifiedRule } from './transfer-safeguard-unspecified.rule';
import { vagueRetentionRule } from './vague-retention.rule';

export * from './finding-rule';
export {
  accessRequestFeeRule,
  automatedDecisionsWithoutSafeguardsRule,
  dpoConflictOfInterestRule,
  foreignIdentityDocumentRule,
  nonEeaVendorRule,
  outdatedSupervisoryAuthorityRule,
  presumedConsentRule,
  purposeWithoutLegalBasisRule,
  rightNotStatedRule,
  specialCategoryWithoutConditionRule,
  transferSafeguardUnspecifiedRule,
  vagueRetentionRule,
};

/** Every rule, in the order their findings are listed within a severity. */
export const FINDING_RULES: readonly FindingRule[] = [
  presumedConsentRule,
  accessRequestFeeRule,
  outdatedSupervisoryAuthorityRule,
  purposeWithoutLegalBasisRule,
  specialCategoryWithoutConditionRule,
  rightNotStatedRule,
  vagueRetentionRule,
  transferSafeguardUnspecifiedRule,
  automatedDecisionsWithoutSafeguardsRule,
  dpoConflictOfInterestRule,
  foreignIdentityDocumentRule,
  nonEeaVendorRule,
];

const SEVERITY_ORDER = [FindingSeverity.HIGH, FindingSeverity.MEDIUM, FindingSeverity.LOW];

/** Runs every rule on the facts of one policy: the findings, most severe first (then in rule order). Pure. */
export function findingsOf(facts: PolicyFacts): Finding[] {
  const findings = FINDING_RULES.flatMap((rule) => rule(facts));
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) || a.index - b.index,
    )
    .map(({ finding }) => finding);
}
