import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PLAN_LIMITS, PLAN_NAMES, PLAN_PRICES_CENTS, PlanId } from './plans';

registerEnumType(PlanId, { name: 'PlanId', description: 'The plans a workspace can be on.' });

@ObjectType('PlanLimits', { description: 'What one plan allows a workspace.' })
export class PlanLimitsType {
  @Field(() => Int, { description: 'Members, pending invitations included.' })
  members!: number;

  @Field(() => Int, { description: 'Documents in the workspace.' })
  documents!: number;

  @Field(() => Int, { description: 'Size of one document, in bytes.' })
  documentBytes!: number;

  @Field(() => Int, { description: 'Copilot questions per billing period.' })
  questionsPerPeriod!: number;
}

@ObjectType('Plan', { description: 'A plan with its limits and display prices (US cents).' })
export class PlanType {
  @Field(() => PlanId)
  id!: PlanId;

  @Field({ description: 'Display name: "Free", "Pro".' })
  name!: string;

  @Field(() => Int, { description: 'Price of a month, billed monthly, in US cents.' })
  monthlyPriceCents!: number;

  @Field(() => Int, { description: 'Price of a year, billed yearly, in US cents.' })
  yearlyPriceCents!: number;

  @Field(() => PlanLimitsType)
  limits!: PlanLimitsType;
}

/** One plan as the API shows it, from plans.ts: the one definition. */
export function planView(id: PlanId): PlanType {
  return {
    id,
    name: PLAN_NAMES[id],
    monthlyPriceCents: PLAN_PRICES_CENTS[id].month,
    yearlyPriceCents: PLAN_PRICES_CENTS[id].year,
    limits: { ...PLAN_LIMITS[id] },
  };
}
