import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Document } from '../knowledge/document.entity';
import type { StoredCitation } from './stored-citation';

/**
 * The API's face of a stored citation, which is the engine's Citation plus its passage snapshot: one shape from
 * the engine to the API. `passageId` stays internal (not a GraphQL field); `position` is exposed as
 * `passagePosition`.
 */
@ObjectType({ description: 'A numbered source of an answer: the passage it came from, in its document.' })
export class Citation implements StoredCitation {
  @Field(() => Int, { description: 'The number used in the answer text as [n].' })
  index!: number;

  /** The cited passage's id (internal: passages are reached by document and position). */
  passageId!: string;

  @Field(() => Document, {
    nullable: true,
    description: 'The document the passage came from; null once that document was deleted (the passage stays).',
  })
  document!: Document | null;

  @Field(() => ID, { description: 'Id of the cited document, even when it has since been deleted.' })
  documentId!: string;

  @Field({ description: 'Title of the document when the answer was given.' })
  documentTitle!: string;

  @Field(() => String, { nullable: true, description: 'Heading of the section the passage sits in.' })
  heading!: string | null;

  @Field({ description: 'The cited passage, as it was when the answer was given.' })
  passage!: string;

  @Field(() => [String], {
    description:
      'The sentences of the passage the answer used; highlight them. Each is found in `passage` when whitespace is ignored. Empty when the engine cannot tell (language models) and in older answers.',
  })
  quotes!: string[];

  @Field(() => Int, { nullable: true, description: 'PDF page the passage starts on (1-based); null for other formats.' })
  page!: number | null;

  @Field(() => Int, {
    name: 'passagePosition',
    nullable: true,
    description: 'Position of the passage in its document, for `Document.passage(position:)` and links to it; null in older answers.',
  })
  position!: number | null;
}

/** The GraphQL shape of a stored citation; `document` is filled by a batched loader. */
export function toCitation(stored: StoredCitation, document: Document | null): Citation {
  return {
    index: stored.index,
    passageId: stored.passageId,
    document,
    documentId: stored.documentId,
    documentTitle: stored.documentTitle,
    heading: stored.heading,
    passage: stored.passage,
    // Answers stored before quotes, pages and positions were kept have none of them.
    quotes: stored.quotes ?? [],
    page: stored.page ?? null,
    position: stored.position ?? null,
  };
}
