import { IsOptional, MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { AuditEntry } from '../entities';
import { Connection } from '../schema/connection';
import { Context } from '../schema/context';
import { AuditEntryView } from '../schema/curation';
import { newestFirstPage } from './newest-first';
import { PageArgs } from './pagination.args';

export const AuditEntryConnection = Connection(AuditEntryView, 'AuditEntry');

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only changes of this object (a fact’s or a version’s global id).' })
  @IsOptional()
  @MaxLength(300)
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes made with this API key (its id).' })
  @IsOptional()
  @MaxLength(100)
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes of this controller’s versions (slug).' })
  @IsOptional()
  @MaxLength(100)
  controller?: string | null;
}

const view = (e: AuditEntry): AuditEntryView => ({
  ...e,
  id: String(e.id),
  before: e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>),
  after: e.after === null ? null : (JSON.parse(e.after) as Record<string, unknown>),
});

@Resolver()
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log, newest first: every change the store applied (who, when, which key, what, before and after, request id). Admins only; nothing can change or delete an entry.',
  })
  async auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() { dataSource, loaders }: Context) {
    const query = dataSource.getRepository(AuditEntry).createQueryBuilder('a');
    if (args.subject) query.andWhere('a.subject = :subject', { subject: args.subject });
    if (args.actor) query.andWhere(`a.actorType = 'KEY' AND a.actorId = :actor`, { actor: args.actor });
    if (args.controller) query.andWhere('a.controllerSlug = :controller', { controller: args.controller });
    return newestFirstPage(AuditEntryConnection, 'AuditEntry', query, 'a', args, loaders, view);
  }
}
