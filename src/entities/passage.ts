import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A paragraph of a document, the unit full-text search ranks and returns (indexed by the FTS5 table `passage_fts`). */
@Entity('passage')
export class Passage {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column('integer')
  documentId: number;

  @Column('integer')
  start: number;

  @Column('integer')
  end: number;

  @Column('text')
  text: string;
}
