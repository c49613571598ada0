import { DateScalar } from '../schema/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';

/**
 * One version of a privacy policy as published: the source text that every evidence span of the version points into.
 * Immutable: a changed text is a new version (identical text, same SHA-256, is no new version).
 */
@Entity('policy_document')
@Index(['slug', 'version'], { unique: true })
@ObjectType({ implements: Node, description: 'A privacy policy document: the source text all evidence points into.' })
export class PolicyDocument implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Stable identifier, equal to the slug of the controller that publishes it.' })
  @Index()
  @Column('varchar')
  slug: string;

  @Field(() => Int, { description: 'The version of the controller’s policy this text is.' })
  @Column('integer')
  version: number;

  /** The id of its own fact row (the identity of a controller, the date of a document): its evidence points there. */
  @Column('integer')
  factId: number;

  @Field(() => String, { nullable: true, description: 'Where the text was published, when known.' })
  @Column('varchar', { nullable: true })
  sourceUrl: string | null;

  @Field({ description: 'Title of the policy as the document gives it.' })
  @Column('varchar')
  title: string;

  @Field({ description: 'Language of the document (ISO 639-1).' })
  @Column('varchar', { length: 2 })
  language: string;

  @Field({
    description:
      'Media type of what was submitted (text/plain, text/markdown, text/html, application/pdf): `text` is its canonical text.',
  })
  @Column('varchar', { default: 'text/plain' })
  mediaType: string;

  /**
   * The submitted bytes this text was read from (document_source, kept for reading them again); null for seeds. No
   * foreign key: SQLite adds one to an existing table only by rebuilding it, and sources are never deleted.
   */
  @Column('integer', { nullable: true })
  sourceId: number | null;

  @Field({ description: 'File name of the source text as it was collected.' })
  @Column('varchar')
  sourceFile: string;

  @Field({ description: 'SHA-256 (hex) of the document’s bytes (UTF-8).' })
  @Column('varchar', { length: 64 })
  sha256: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Date the policy says it was last updated (YYYY-MM-DD), if it says.',
  })
  @Column('varchar', { nullable: true })
  lastUpdated: string | null;

  @Field(() => Int, { description: 'Length of the text in UTF-16 code units (the unit of evidence offsets).' })
  @Column('integer')
  length: number;

  /** The full text is large: it is selected only where asked for (see the documentText loader). */
  @Column('text', { select: false })
  text: string;

  @Column('integer', { nullable: true })
  controllerId: number | null;

  /** `PolicyDocument:<slug>@<version>`: a document version never changes, so neither does its id. */
  get nodeId(): string {
    return toGlobalId('PolicyDocument', `${this.slug}@${this.version}`);
  }
}
