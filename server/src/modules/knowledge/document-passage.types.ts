import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One searchable passage of a document, as the copilot cites it.' })
export class DocumentPassage {
  @Field(() => Int, { description: 'Position in the document, from 0 (Citation.passagePosition).' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'Heading path of its section ("Billing > Refunds").' })
  heading!: string | null;

  @Field(() => Int, { nullable: true, description: 'PDF page it starts on (1-based); null for other formats.' })
  page!: number | null;

  @Field({
    description:
      "Its text. A slice of the document's `text` when whitespace is ignored, except that a passage cut inside a code block repeats the block's fence.",
  })
  content!: string;
}
