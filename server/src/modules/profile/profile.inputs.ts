import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Changes to the signed-in user’s profile; a field left out stays as it is.' })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: 'Display name shown to teammates, 1 to 100 characters.' })
  @IsOptional()
  @Matches(/\S/, { message: 'Enter your name.' })
  @MaxLength(100, { message: 'A name has at most 100 characters.' })
  name?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True removes the avatar. A new one is sent as an image file to `POST /avatar` (see the README).',
  })
  @IsOptional()
  removeAvatar?: boolean | null;
}
