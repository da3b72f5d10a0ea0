import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { type GraphQLContext, requireViewer } from '../../graphql/context';
import { Workspace } from '../workspace/workspace.entity';
import { Invoice, RedirectUrl, WorkspaceSubscription } from './billing.types';
import { PlanType, planView } from './plan.types';
import { PlanId } from './plans';
import { BillingInterval } from './workspace-billing.entity';

@Resolver(() => Workspace)
export class WorkspaceBillingResolver {
  @FieldResolver(() => WorkspaceSubscription, { description: 'Plan, subscription status, interval and period (from the local mirror).' })
  async subscription(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<WorkspaceSubscription> {
    return ctx.services.billing.overview(workspace.id, await ctx.loaders.workspaceBilling.load(workspace.id));
  }

  @FieldResolver(() => PlanType, {
    description: 'The plan in force now (a paid subscription, its grace period after a failed payment, or a granted plan) with its limits.',
  })
  async plan(@Root() workspace: Workspace, @Ctx() ctx: GraphQLContext): Promise<PlanType> {
    return planView(ctx.services.billing.planInForce(await ctx.loaders.workspaceBilling.load(workspace.id)));
  }
}

@Resolver(() => WorkspaceSubscription)
export class WorkspaceSubscriptionResolver {
  @FieldResolver(() => [Invoice], { description: 'The newest invoices first (OWNER only).' })
  invoices(@Root() subscription: WorkspaceSubscription, @Ctx() ctx: GraphQLContext): Promise<Invoice[]> {
    return ctx.services.billing.invoices(subscription.id);
  }
}

@Resolver()
export class BillingResolver {
  @Mutation(() => RedirectUrl, {
    description: 'A hosted checkout for a paid plan (OWNER, verified email); the webhook then records the subscription.',
  })
  async createCheckoutSession(
    @Arg('workspaceId', () => ID) workspaceId: string,
    @Arg('plan', () => PlanId) plan: PlanId,
    @Arg('interval', () => BillingInterval) interval: BillingInterval,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RedirectUrl> {
    return { url: await ctx.services.billing.createCheckoutSession(requireViewer(ctx).user, workspaceId, plan, interval) };
  }

  @Mutation(() => RedirectUrl, {
    description: "Stripe's billing portal for the workspace: payment method, plan interval, cancellation (OWNER).",
  })
  async createBillingPortalSession(@Arg('workspaceId', () => ID) workspaceId: string, @Ctx() ctx: GraphQLContext): Promise<RedirectUrl> {
    requireViewer(ctx);
    return { url: await ctx.services.billing.createBillingPortalSession(workspaceId) };
  }
}
