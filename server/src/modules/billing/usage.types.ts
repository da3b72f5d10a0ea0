import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How much of one plan limit is used.' })
export class UsageMeter {
  @Field(() => Int, { description: 'Amount used now.' })
  used!: number;

  @Field(() => Int, { description: "The plan's limit." })
  limit!: number;
}

@ObjectType({ description: "A workspace's consumption of its plan's limits." })
export class Usage {
  @Field(() => UsageMeter, { description: 'Members, pending invitations included.' })
  members!: UsageMeter;

  @Field(() => UsageMeter, { description: 'Documents in the workspace.' })
  documents!: UsageMeter;

  @Field(() => UsageMeter, { description: 'Copilot answers asked for in the current billing period.' })
  questionsThisPeriod!: UsageMeter;
}
