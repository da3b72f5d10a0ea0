/** Billing's queues and what their jobs carry (no imports: the workspace module and the webhook route send them). */

export const CREATE_CUSTOMER_JOB = 'billing.create-customer';
export const PROCESS_STRIPE_EVENT_JOB = 'billing.process-stripe-event';
export const CANCEL_SUBSCRIPTION_JOB = 'billing.cancel-subscription';
export const RECONCILE_BILLING_JOB = 'billing.reconcile';
/** Every 15 minutes: PAST_DUE and period-ended subscriptions are fetched again (a lost webhook heals here). */
export const RECONCILE_CRON = '*/15 * * * *';

/** Stripe may be down for a while: retry with backoff for about a day before giving up (reconcile catches the rest). */
export const STRIPE_JOB_RETRIES = { retryLimit: 12, retryDelay: 15, retryBackoff: true } as const;

export interface CreateCustomerJob {
  workspaceId: string;
}
export interface ProcessStripeEventJob {
  eventId: string;
}
export interface CancelSubscriptionJob {
  subscriptionId: string;
}
