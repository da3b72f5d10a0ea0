import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

export const QUESTION_MAX_LENGTH = 4_000;

@InputType({ description: 'A question for the copilot.' })
export class AskInput {
  @Field(() => ID, { description: 'The workspace whose documents answer it.' })
  workspaceId!: string;

  @Field(() => ID, { nullable: true, description: 'Continue this conversation; omit to start a new one.' })
  @IsOptional()
  conversationId?: string | null;

  @Field({ description: `The question, 1 to ${QUESTION_MAX_LENGTH} characters.` })
  @Matches(/\S/, { message: 'Type a question.' })
  @MaxLength(QUESTION_MAX_LENGTH, { message: `A question has at most ${QUESTION_MAX_LENGTH} characters.` })
  question!: string;
}
