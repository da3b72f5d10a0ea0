import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { User } from './user.entity';

@Resolver(() => User)
export class AccountResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when anonymous.' })
  me(@Ctx() ctx: GraphQLContext): User | null {
    return ctx.viewer?.user ?? null;
  }
}
