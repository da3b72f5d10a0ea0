import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SLUG_MAX_LENGTH } from './slug';

const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
const SLUG_MESSAGE = 'Use 2 to 48 lower-case letters, digits and dashes, starting and ending with a letter or digit.';

@InputType({ description: 'A new workspace.' })
export class CreateWorkspaceInput {
  @Field({ description: 'Display name, 1 to 100 characters.' })
  @Matches(/\S/, { message: 'Enter a name.' })
  @MaxLength(100, { message: 'A name has at most 100 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'URL-safe address (/w/:slug); derived from the name when omitted.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  @MaxLength(SLUG_MAX_LENGTH, { message: SLUG_MESSAGE })
  slug?: string | null;
}

@InputType({ description: 'Changes to a workspace; omitted fields stay as they are.' })
export class UpdateWorkspaceInput {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  @IsOptional()
  @Matches(/\S/, { message: 'Enter a name.' })
  @MaxLength(100, { message: 'A name has at most 100 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New URL-safe address; old links stop working.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE })
  @MaxLength(SLUG_MAX_LENGTH, { message: SLUG_MESSAGE })
  slug?: string | null;
}
