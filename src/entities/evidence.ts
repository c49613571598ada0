import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Node, toGlobalId } from '../schema/node';
import { Fact } from './fact';

/**
 * A verbatim span of a policy document that backs a fact. `start`/`end` are UTF-16 offsets into the document text,
 * so `document.text.slice(start, end) === quote`.
 */
@Entity('evidence')
@ObjectType({
  implements: Node,
  description: 'The exact words of a document that back a fact: `document.text.slice(start, end) === quote`.',
})
export class Evidence implements Node {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('integer')
  documentId: number;

  @ManyToOne(() => Fact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'factId' })
  fact?: Fact;

  /** The fact it backs (deleted with it). */
  @Index()
  @Column('integer')
  factId: number;

  /** The stable key of its global id: its fact's, and where it stands (`<fact node key>#<start>-<end>`). */
  @Index({ unique: true })
  @Column('varchar')
  nodeKey: string;

  @Field({ description: 'The quote, byte-exact as in the document.' })
  @Column('text')
  quote: string;

  @Field(() => Int, { description: 'Start offset in the document text (UTF-16 code units, inclusive).' })
  @Column('integer')
  start: number;

  @Field(() => Int, { description: 'End offset in the document text (UTF-16 code units, exclusive).' })
  @Column('integer')
  end: number;

  get nodeId(): string {
    return toGlobalId('Evidence', this.nodeKey);
  }
}
