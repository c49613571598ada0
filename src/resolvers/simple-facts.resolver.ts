import { Resolver } from 'type-graphql';
import { Dpo, PolicyStatement, RightsRequest } from '../entities';
import { FactResolver } from './evidenced.resolver';

/** Facts whose only relation is their evidence. */
@Resolver(() => Dpo)
export class DpoResolver extends FactResolver(Dpo) {}

@Resolver(() => RightsRequest)
export class RightsRequestResolver extends FactResolver(RightsRequest) {}

@Resolver(() => PolicyStatement)
export class PolicyStatementResolver extends FactResolver(PolicyStatement) {}
