import { IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Controller, Ingestion, IngestionStatus, PolicyDocument } from '../entities';
import { Connection } from '../schema/connection';
import { Context } from '../schema/context';
import { UserError } from '../schema/curation';
import { actorOf, userErrorsOf } from './curation.resolver';
import { lookup } from './node.resolver';
import { newestFirstPage } from './newest-first';
import { PageArgs } from './pagination.args';

/** The most characters of `content`: 2 MB of text, or base64 of a PDF as large as the request body allows. */
const MAX_CONTENT = 3 * 1024 * 1024;

@InputType({ description: 'A privacy policy to read into a draft (text, Markdown, HTML, or PDF as base64).' })
export class SubmitPolicyInput {
  @Field({
    description:
      'The policy: its text (text/plain, text/markdown, text/html), or its bytes in base64 (application/pdf). Larger PDFs: POST /ingestions.',
  })
  @Length(1, MAX_CONTENT)
  content: string;

  @Field(() => String, {
    nullable: true,
    description: 'text/plain, text/markdown, text/html or application/pdf; absent, it is told from the content.',
  })
  @IsOptional()
  @MaxLength(200)
  mediaType?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the policy is published (http or https).' })
  @IsOptional()
  @MaxLength(2000)
  sourceUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The slug of an existing controller when this is a new version of its policy; absent, a new controller.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'controller must be a slug such as cluma' })
  controller?: string | null;
}

@ObjectType({ description: 'The result of submitPolicy.' })
export class SubmitPolicyPayload {
  @Field(() => Ingestion, { nullable: true, description: 'The ingestion, QUEUED; null when nothing was submitted.' })
  ingestion: Ingestion | null;

  @Field(() => [UserError], { description: 'Why nothing was submitted; empty when it was.' })
  userErrors: UserError[];
}

export const IngestionConnection = Connection(Ingestion, 'Ingestion');

@ArgsType()
class IngestionsArgs extends PageArgs {
  @Field(() => IngestionStatus, { nullable: true, description: 'Only ingestions in this status.' })
  @IsOptional()
  @IsIn(Object.values(IngestionStatus))
  status?: IngestionStatus | null;
}

/**
 * Submitted policies and their reading (curators only): submitPolicy, ingestion(id), ingestions, and the draft an
 * ingestion wrote, which is a Controller like any other (every field, transparency report and findings included).
 */
@Resolver(() => Ingestion)
export class IngestionResolver {
  @Authorized('CURATOR')
  @Mutation(() => SubmitPolicyPayload, {
    description:
      'Submits a privacy policy to be read into a draft version: facts with evidence and a confidence, PROPOSED for review. Returns at once with the QUEUED ingestion; poll `ingestion(id)` for its status.',
  })
  async submitPolicy(
    @Arg('input', () => SubmitPolicyInput, { description: 'The policy and what it belongs to.' })
    input: SubmitPolicyInput,
    @Ctx() context: Context,
  ): Promise<SubmitPolicyPayload> {
    try {
      const ingestion = await context.ingestions.submit(actorOf(context), {
        content: input.content,
        mediaType: input.mediaType ?? null,
        sourceUrl: input.sourceUrl ?? null,
        controller: input.controller ?? null,
      });
      return { ingestion, userErrors: [] };
    } catch (error) {
      return { ingestion: null, userErrors: userErrorsOf(error) };
    }
  }

  @Authorized('CURATOR')
  @Query(() => Ingestion, {
    nullable: true,
    description: 'An ingestion by its id; null if there is none. Curators only.',
  })
  async ingestion(
    @Arg('id', () => ID, { description: 'The ingestion’s id (submitPolicy’s `ingestion.id`).' }) id: string,
    @Ctx() context: Context,
  ): Promise<Ingestion | null> {
    const node = await lookup(context, id);
    return node instanceof Ingestion ? node : null;
  }

  @Authorized('CURATOR')
  @Query(() => IngestionConnection, { description: 'Submitted policies, newest first. Curators only.' })
  async ingestions(@Args(() => IngestionsArgs) args: IngestionsArgs, @Ctx() { dataSource, loaders }: Context) {
    const query = dataSource.getRepository(Ingestion).createQueryBuilder('i');
    if (args.status) query.andWhere('i.status = :status', { status: args.status });
    return newestFirstPage(IngestionConnection, 'Ingestion', query, 'i', args, loaders);
  }

  @FieldResolver(() => Controller, {
    nullable: true,
    description:
      'The draft version it wrote (DONE): a Controller with its facts PROPOSED, each with evidence and confidence; null before, when FAILED, or once the draft is discarded.',
  })
  controller(@Root() ingestion: Ingestion, @Ctx() { loaders }: Context): Promise<Controller | null> | null {
    if (ingestion.draftSlug === null || ingestion.draftVersion === null) return null;
    return loaders.controllerVersion.load(`${ingestion.draftSlug}@${ingestion.draftVersion}`);
  }

  @FieldResolver(() => PolicyDocument, {
    nullable: true,
    description: 'The document of its draft: the canonical text the evidence points into, its language and media type.',
  })
  async document(@Root() ingestion: Ingestion, @Ctx() context: Context): Promise<PolicyDocument | null> {
    const version = await this.controller(ingestion, context);
    return version ? context.loaders.document.load(version.documentId) : null;
  }
}
