import { Finding } from '../model';
import { PolicyFacts } from '../policy-facts';

/** A rule: reads the facts of one policy and returns what it finds (an empty list when the policy is fine). Pure. */
export type FindingRule = (facts: PolicyFacts) => Finding[];
