import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../infra/jobs/job-queue';
import type { Logger } from '../../infra/logging/logger';
import type { Stripe } from '../../infra/stripe/stripe-gateway';
import type { Services } from '../../services';
import {
  CANCEL_SUBSCRIPTION_JOB,
  type CancelSubscriptionJob,
  CREATE_CUSTOMER_JOB,
  type CreateCustomerJob,
  PROCESS_STRIPE_EVENT_JOB,
  type ProcessStripeEventJob,
  RECONCILE_BILLING_JOB,
  RECONCILE_CRON,
  STRIPE_JOB_RETRIES,
} from './billing-job-names';
import { StripeEventRecord } from './stripe-event.entity';
import { STRIPE_EVENT_HANDLERS } from './stripe-event-handlers';

/** The workers of billing's queues, and the reconcile schedule. `servicesFor` gives services on a fresh entity manager. */
export async function registerBillingJobs(jobs: JobQueue, servicesFor: () => Services, logger: Logger): Promise<void> {
  await jobs.work<CreateCustomerJob>(CREATE_CUSTOMER_JOB, async (job) => {
    const services = servicesFor();
    // A workspace deleted before its job ran needs no customer.
    if (!(await services.stripeSync.workspaceIdFor({ workspaceId: job.data.workspaceId }))) return;
    await services.stripeSync.ensureCustomer(job.data.workspaceId);
  });
  await jobs.work<ProcessStripeEventJob>(PROCESS_STRIPE_EVENT_JOB, (job) => processStripeEvent(servicesFor(), job.data.eventId, logger));
  await jobs.work<CancelSubscriptionJob>(CANCEL_SUBSCRIPTION_JOB, (job) =>
    servicesFor().stripeSync.cancelSubscription(job.data.subscriptionId),
  );
  await jobs.work<object>(RECONCILE_BILLING_JOB, async () => {
    const services = servicesFor();
    for (const stale of await services.stripeSync.staleSubscriptions()) {
      await servicesFor().stripeSync.syncSubscription(stale.workspaceId, stale.subscriptionId, 'reconcile');
    }
    for (const workspaceId of await services.stripeSync.workspacesWithoutCustomer()) {
      await jobs.send<CreateCustomerJob>(CREATE_CUSTOMER_JOB, { workspaceId }, STRIPE_JOB_RETRIES);
    }
  });
  await jobs.schedule(RECONCILE_BILLING_JOB, RECONCILE_CRON);
}

/** Runs the handler of a recorded event once; a retried job finds it processed and does nothing. */
export async function processStripeEvent(services: Services, eventId: string, logger: Logger): Promise<void> {
  const em: EntityManager = services.em;
  const record = await em.findOne(StripeEventRecord, eventId);
  if (!record || record.processedAt) return;
  const event = record.payload as unknown as Stripe.Event;
  const handler = STRIPE_EVENT_HANDLERS[event.type];
  let outcome: string;
  if (handler) {
    outcome = await handler(event, services.stripeSync);
  } else {
    outcome = 'ignored: unhandled event type';
    logger.info({ eventId, type: event.type }, 'Stripe event of an unhandled type: recorded and acknowledged, nothing to do');
  }
  await em.nativeUpdate(StripeEventRecord, { id: eventId, processedAt: null }, { processedAt: new Date(), outcome: outcome.slice(0, 500) });
}
