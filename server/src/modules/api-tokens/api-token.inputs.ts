import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ApiToken } from './api-token.entity';

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'What the token is for, 1 to 100 characters.' })
  @Matches(/\S/, { message: 'Enter a name.' })
  @MaxLength(100, { message: 'A name has at most 100 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Restrict the token to this workspace of the viewer’s; omitted: all of them.' })
  @IsOptional()
  workspaceId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Queries and subscriptions only (default false).' })
  @IsOptional()
  readOnly?: boolean | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the token stops working: in the future, at most 366 days ahead. Omitted: until revoked.',
  })
  @IsOptional()
  expiresAt?: Date | null;
}

@ObjectType({ description: 'A token just created, with its secret: shown this once, store it now.' })
export class CreatedApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field({ description: 'The secret, `askb_` and 43 characters: send it as `Authorization: Bearer <secret>`.' })
  secret!: string;
}
