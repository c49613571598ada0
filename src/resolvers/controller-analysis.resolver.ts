import { JSONObject } from '../schema/scalars';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { dpvDocument, findingsOf, JsonLdDocument, transparencyReport } from '../analysis';
import { policyFactsFor } from '../dataloaders';
import { Controller } from '../entities';
import { Context } from '../schema/context';
import { Finding } from '../schema/finding';
import { TransparencyReport } from '../schema/transparency-report';

/** The compliance analysis of a controller: fields computed by the rules of src/analysis from its facts. */
@Resolver(() => Controller)
export class ControllerAnalysisResolver {
  @FieldResolver(() => TransparencyReport, {
    description:
      'The GDPR Art. 13/14 transparency report: one item per information requirement, each with a status computed by a rule from the facts, a rationale and its evidence, and a summary score.',
  })
  async transparency(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<TransparencyReport> {
    return transparencyReport(await policyFactsFor(loaders, controller));
  }

  @FieldResolver(() => [Finding], {
    description: 'Issues the rules find in the policy, most severe first, each with the evidence it rests on.',
  })
  async findings(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<Finding[]> {
    return findingsOf(await policyFactsFor(loaders, controller));
  }

  @FieldResolver(() => JSONObject, {
    description:
      'The facts as JSON-LD in the W3C Data Privacy Vocabulary (DPV 2.x), with an inline @context; also served at `GET /controllers/<slug>.jsonld`.',
  })
  async dpv(@Root() controller: Controller, @Ctx() { loaders }: Context): Promise<JsonLdDocument> {
    return dpvDocument(await policyFactsFor(loaders, controller));
  }
}
