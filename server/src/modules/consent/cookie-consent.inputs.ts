import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A cookie choice made in the browser, recorded for the signed-in user.' })
export class CookieConsentInput {
  @Field({ description: 'The cookie policy version the choice was made under; only the current one is accepted.' })
  @MaxLength(32, { message: 'A policy version has at most 32 characters.' })
  policyVersion!: string;

  @Field(() => [String], {
    description: 'The optional categories allowed (`errorReporting`, `productAnalytics`); the others are refused. Empty: reject all.',
  })
  @ArrayMaxSize(10, { message: 'At most 10 categories.' })
  granted!: string[];
}
