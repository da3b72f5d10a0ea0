import type { StripeClient } from '../../infra/stripe/stripe-gateway';
import type { PlanPrices } from './subscription-state';

/** What the billing code needs of Stripe: a client (real Stripe or the emulator) and the account's ids. */
export interface BillingStripeSettings {
  /** `whsec_…`: verifies the `Stripe-Signature` of webhook deliveries. */
  webhookSecret: string;
  /** The price ids Askbase sells. */
  prices: PlanPrices;
}

export interface BillingDeps {
  stripe: StripeClient;
  stripeSettings: BillingStripeSettings;
  /** Public address of the app: checkout and portal return to its billing settings page. */
  appUrl: string;
  /** The time, injectable so tests can step past a grace period. */
  now: () => Date;
}

/**
 * What Askbase writes on the subscriptions its checkout creates: the workspace, and which Askbase made it (one Stripe
 * account may serve several deployments, and each receives every event of the account).
 */
export const subscriptionMetadata = (appUrl: string, workspaceId: string) => ({ workspaceId, askbaseApp: appUrl });

/** Whether a subscription was made by this deployment's checkout. */
export const madeByThisApp = (appUrl: string, metadata: Record<string, string> | null | undefined) => metadata?.askbaseApp === appUrl;

/** The billing settings page of a workspace, where checkout and the portal send the user back. */
export const billingSettingsUrl = (appUrl: string, slug: string) => `${appUrl}/w/${encodeURIComponent(slug)}/settings/billing`;
