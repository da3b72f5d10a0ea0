import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';
import type { JobQueue } from '../infra/jobs/job-queue';
import type { Logger } from '../infra/logging/logger';
import { type Stripe, verifyWebhookEvent } from '../infra/stripe/stripe-gateway';
import { PROCESS_STRIPE_EVENT_JOB, type ProcessStripeEventJob, STRIPE_JOB_RETRIES } from '../modules/billing/billing-job-names';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';
/** Stripe's events are a few KB; a generous cap still refuses a flood before the signature is even checked. */
const WEBHOOK_BODY_MAX_BYTES = 512 * 1024;

export interface StripeWebhookOptions {
  rootEm: EntityManager;
  jobs: JobQueue;
  webhookSecret: string;
  logger: Logger;
}

/**
 * POST /webhooks/stripe: the raw body (the signature covers its exact bytes, so it is mounted before any JSON
 * parser), verified with the webhook secret and a 300 s tolerance. Each event id is recorded once together with its
 * processing job, in one transaction; a repeat delivery is acknowledged and ignored. The answer is immediate: a job
 * does the work, so Stripe never waits on our handlers (or on Stripe itself, which they call).
 */
export function stripeWebhookRouter(options: StripeWebhookOptions): Router {
  const router = express.Router();
  router.post(STRIPE_WEBHOOK_PATH, express.raw({ type: () => true, limit: WEBHOOK_BODY_MAX_BYTES }), async (req, res, next) => {
    const signature = req.headers['stripe-signature'];
    if (typeof signature !== 'string' || !signature) {
      res.status(400).type('text/plain').send('Missing Stripe-Signature header.');
      return;
    }
    const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let event: Stripe.Event;
    try {
      event = verifyWebhookEvent(body, signature, options.webhookSecret);
    } catch (error) {
      options.logger.warn({ err: error }, 'Stripe webhook refused: signature invalid or too old');
      res.status(400).type('text/plain').send('Invalid or expired Stripe signature.');
      return;
    }
    try {
      const recorded = await options.rootEm.fork().transactional(async (tx) => {
        const inserted = await tx.execute<Array<{ id: string }>>(
          `insert into stripe_events (id, type, payload, received_at) values (?, ?, ?::jsonb, now())
           on conflict (id) do nothing returning id`,
          [event.id, event.type, body.toString('utf8')],
        );
        if (inserted.length === 0) return false;
        await options.jobs.send<ProcessStripeEventJob>(PROCESS_STRIPE_EVENT_JOB, { eventId: event.id }, { em: tx, ...STRIPE_JOB_RETRIES });
        return true;
      });
      if (!recorded) options.logger.info({ eventId: event.id, type: event.type }, 'Stripe event already recorded: acknowledged, ignored');
      res.status(200).json({ received: true, duplicate: !recorded });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
