import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import './plan.types';
import { PlanId } from './plans';
import { BillingInterval, SubscriptionStatus } from './workspace-billing.entity';

registerEnumType(SubscriptionStatus, {
  name: 'SubscriptionStatus',
  description: "The workspace's Stripe subscription as last reported (NONE: never subscribed).",
});
registerEnumType(BillingInterval, { name: 'BillingInterval', description: 'How often a subscription renews.' });

@ObjectType({ description: 'A URL to send the browser to (a hosted checkout or the billing portal).' })
export class RedirectUrl {
  @Field({ description: 'The address to open; it works once, for a short while.' })
  url!: string;
}

@ObjectType({ description: 'An invoice of the workspace, as Stripe last described it.' })
export class Invoice {
  @Field(() => ID, { description: "Stripe's invoice id." })
  id!: string;

  @Field(() => Int, { description: 'Amount due, in the smallest unit of the currency (cents).' })
  amountDue!: number;

  @Field(() => Int, { description: 'Amount paid, in the smallest unit of the currency (cents).' })
  amountPaid!: number;

  @Field({ description: 'ISO 4217 currency code, lower case (usd).' })
  currency!: string;

  @Field({ description: 'draft, open, paid, uncollectible or void.' })
  status!: string;

  @Field(() => String, { nullable: true, description: "Stripe's page for the invoice (view, download, pay)." })
  hostedInvoiceUrl!: string | null;

  @Field(() => Date, { description: 'When the invoice was created.' })
  createdAt!: Date;
}

@ObjectType({ description: "A workspace's plan and subscription, from the local mirror of Stripe's state." })
export class WorkspaceSubscription {
  /** Not in the schema: the workspace's id, for the invoices resolver and the OWNER-only rule on it (parent.id). */
  id!: string;

  @Field(() => PlanId, { description: 'The plan whose limits apply now (comp grant, subscription, grace period).' })
  plan!: PlanId;

  @Field(() => SubscriptionStatus, { description: 'The Stripe subscription status.' })
  status!: SubscriptionStatus;

  @Field(() => BillingInterval, { nullable: true, description: 'Monthly or yearly; null without a subscription.' })
  interval!: BillingInterval | null;

  @Field(() => Date, { nullable: true, description: 'When the current period ends: the next renewal, or the end when cancelling.' })
  currentPeriodEnd!: Date | null;

  @Field({ description: 'The subscription ends at currentPeriodEnd instead of renewing.' })
  cancelAtPeriodEnd!: boolean;

  @Field(() => Date, { nullable: true, description: 'PAST_DUE only: when the paid limits stop applying unless the payment succeeds.' })
  graceEndsAt!: Date | null;

  @Field(() => PlanId, { nullable: true, description: 'A plan granted by Askbase support, while in force.' })
  compPlan!: PlanId | null;

  @Field(() => Date, { nullable: true, description: 'When the granted plan ends; null with compPlan set means no end.' })
  compUntil!: Date | null;
}
