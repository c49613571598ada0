import { Field, Int, ObjectType } from 'type-graphql';
import { TransparencyStatus } from '../analysis/model';
import { EngagementScope } from '../dataloaders';
import { Evidence, Processor } from '../entities';

/** A cell of a comparison matrix; its `controller` is resolved from the slug (see comparison.resolver). */
@ObjectType({ description: 'One controller’s entry for one term of a comparison.' })
export class ComparisonCell {
  controllerSlug: string;

  @Field({
    description: 'Whether the controller’s policy has the term (transparency: the item is MET or PARTIAL).',
  })
  present: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Short text for the cell: how the policy words it (labels, conditions, purposes, roles) or, for transparency, the rationale; null when absent.',
  })
  value: string | null;

  @Field(() => TransparencyStatus, { nullable: true, description: 'The transparency status (transparency only).' })
  status: TransparencyStatus | null;

  @Field(() => [Evidence], { description: 'The spans of the controller’s document behind the cell.' })
  evidence: Evidence[];
}

@ObjectType({ description: 'A row of a comparison matrix: one term, one cell per compared controller.' })
export class ComparisonRow {
  @Field({
    description: 'Stable key of the term (a right or basis code, a category code, a vendor slug, an item key).',
  })
  key: string;

  @Field({ description: 'Name of the term, for the row header.' })
  label: string;

  @Field(() => [ComparisonCell], { description: 'One cell per controller, in the order of `columns`.' })
  cells: ComparisonCell[];
}

/** A table to render: rows = terms, columns = controllers; `columns` is resolved from the slugs. */
@ObjectType({ description: 'A table a front end can render: rows are terms, columns the compared controllers.' })
export class ComparisonMatrix {
  columns: string[];

  @Field(() => [ComparisonRow], { description: 'The rows, each with one cell per column.' })
  rows: ComparisonRow[];
}

@ObjectType({ description: 'Several controllers side by side, as matrices with evidence in every cell.' })
export class Comparison {
  columns: string[];

  @Field(() => ComparisonMatrix, { description: 'The data-subject rights (every right of the vocabulary).' })
  rights: ComparisonMatrix;

  @Field(() => ComparisonMatrix, { description: 'The lawful bases (every basis of Art. 6(1)).' })
  legalBases: ComparisonMatrix;

  @Field(() => ComparisonMatrix, { description: 'The data categories at least one of them processes, by name.' })
  dataCategories: ComparisonMatrix;

  @Field(() => ComparisonMatrix, { description: 'The vendors at least one of them names, by name.' })
  processors: ComparisonMatrix;

  @Field(() => ComparisonMatrix, { description: 'The transparency items of GDPR Art. 13/14, with their status.' })
  transparency: ComparisonMatrix;
}

/** A vendor that several controllers engage; its lists are resolved in bounded pages (see processor-overlap.resolver). */
@ObjectType({ description: 'A vendor and the controllers that engage it.' })
export class ProcessorOverlap {
  @Field(() => Processor, { description: 'The vendor.' })
  processor: Processor;

  @Field(() => Int, {
    description:
      'How many distinct controllers engage it (among the controllers and in the role asked): what the vendors are ranked by.',
  })
  controllerCount: number;

  /** The engagements that count (the role and controllers asked): `controllers` and `engagements` apply it. */
  scope: EngagementScope;
}
