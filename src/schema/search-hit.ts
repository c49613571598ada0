import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Controller, PolicyDocument } from '../entities';

@ObjectType({ description: 'A span of a document (UTF-16 offsets into its text).' })
export class Span {
  @Field(() => Int, { description: 'Start offset (inclusive).' })
  start: number;

  @Field(() => Int, { description: 'End offset (exclusive).' })
  end: number;
}

/** A passage of a document that matches a full-text search, with the matched terms located. */
@ObjectType({ description: 'A passage of a policy that matches a full-text search.' })
export class SearchHit {
  documentId: number;

  @Field(() => PolicyDocument, { description: 'The document the passage is from.' })
  document?: PolicyDocument;

  @Field(() => Controller, { nullable: true, description: 'The controller whose policy it is.' })
  controller?: Controller | null;

  @Field({ description: 'The passage, byte-exact as in the document.' })
  text: string;

  @Field(() => Int, { description: 'Start offset of the passage in the document text.' })
  start: number;

  @Field(() => Int, { description: 'End offset of the passage in the document text.' })
  end: number;

  @Field(() => [Span], { description: 'Where the matched terms are, as offsets into the document text.' })
  highlights: Span[];

  @Field({
    description:
      'The passage as HTML-escaped text with matched terms wrapped in <mark>…</mark>: safe to insert as HTML.',
  })
  snippet: string;

  @Field(() => Float, { description: 'Relevance (BM25; higher is more relevant). Hits come best first.' })
  rank: number;
}
