import { Resolver } from 'type-graphql';
import { Dpo, EvidenceSubject, PolicyStatement, RightsRequest } from '../entities';
import { EvidencedResolver } from './evidenced.resolver';

/** Facts whose only relation is their evidence. */
@Resolver(() => Dpo)
export class DpoResolver extends EvidencedResolver(Dpo, EvidenceSubject.DPO) {}

@Resolver(() => RightsRequest)
export class RightsRequestResolver extends EvidencedResolver(RightsRequest, EvidenceSubject.RIGHTS_REQUEST) {}

@Resolver(() => PolicyStatement)
export class PolicyStatementResolver extends EvidencedResolver(PolicyStatement, EvidenceSubject.POLICY_STATEMENT) {}
