import { Query, Resolver } from 'type-graphql';
import { PlanType, planView } from './plan.types';
import { PlanId } from './plans';

@Resolver()
export class PlanResolver {
  @Query(() => [PlanType], { description: 'Every plan with its limits and prices, cheapest first. Public: the pricing page.' })
  plans(): PlanType[] {
    return [PlanId.FREE, PlanId.PRO].map(planView);
  }
}
