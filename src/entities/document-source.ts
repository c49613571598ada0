import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The bytes of a submitted policy as they came (a PDF, an HTML page, ...), kept so that a better extractor can read
 * them again later; the canonical text the evidence points into is the document's (PolicyDocument.text). Stored as
 * base64 text: one portable column type on SQLite and PostgreSQL, at a third more space, bounded by the upload limits.
 */
@Entity('document_source')
export class DocumentSource {
  @PrimaryGeneratedColumn()
  id: number;

  /** SHA-256 (hex) of the bytes. */
  @Index()
  @Column('varchar', { length: 64 })
  sha256: string;

  /** The media type the bytes were read as (declared, else sniffed). */
  @Column('varchar')
  mediaType: string;

  @Column('integer')
  byteLength: number;

  /** The bytes, base64. Large: selected only where asked for. */
  @Column('text', { select: false })
  content: string;

  @Column('varchar')
  createdAt: string;
}
