import type { EntityManager } from '@mikro-orm/postgresql';
import type { Embedder } from './infra/embeddings/openai-compatible-embedder';
import type { JobQueue } from './infra/jobs/job-queue';
import type { Mailer } from './infra/mail/mailer';
import { AccessEvents } from './infra/pubsub/access-events';
import type { AppPubSub } from './infra/pubsub/pubsub';
import type { InFlightLimiter } from './infra/rate-limit/in-flight-limiter';
import type { RateLimiter } from './infra/rate-limit/rate-limiter';
import type { StripeClient } from './infra/stripe/stripe-gateway';
import type { StripeSettings } from './infra/stripe/stripe-runtime';
import { AccountDeletionService } from './modules/account-deletion/account-deletion.service';
import { ApiTokenService } from './modules/api-tokens/api-token.service';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { EmailVerificationService } from './modules/auth/email-verification.service';
import { PasswordService } from './modules/auth/password.service';
import { SessionService } from './modules/auth/session.service';
import { BillingService } from './modules/billing/billing.service';
import { StripeSyncService } from './modules/billing/stripe-sync.service';
import { UsageService } from './modules/billing/usage.service';
import { ConsentService } from './modules/consent/consent.service';
import type { AnswerGenerator } from './modules/copilot/answer-generator';
import { ConversationService } from './modules/copilot/conversation.service';
import { CopilotService } from './modules/copilot/copilot.service';
import { FeedbackService } from './modules/copilot/feedback.service';
import { DataExportService } from './modules/data-export/data-export.service';
import { KnowledgeService } from './modules/knowledge/knowledge.service';
import { UploadService } from './modules/knowledge/uploads/upload.service';
import { EmailChangeService } from './modules/profile/email-change.service';
import { ProfileService } from './modules/profile/profile.service';
import { ReportService } from './modules/reports/report.service';
import { InvitationService } from './modules/workspace/invitation.service';
import { MembershipService } from './modules/workspace/membership.service';
import { WorkspaceService } from './modules/workspace/workspace.service';

/** Long-lived parts the services share; one set per running app. */
export interface AppDeps {
  pubSub: AppPubSub;
  rateLimiter: RateLimiter;
  authAttemptsPerMinute: number;
  /** Wait per log-in attempt on an account past its limit. */
  accountSlowdownMs: number;
  /** Expensive operations in flight per user, on this instance. */
  inFlight: InFlightLimiter;
  /** Queues mail in the caller's transaction; a durable job delivers it. */
  mailer: Mailer;
  jobs: JobQueue;
  /** Public address of the app, for links in mail. */
  appUrl: string;
  /** Produces copilot answers in the background of this instance. */
  generator: AnswerGenerator;
  /** PostgreSQL text search configuration for documents and questions. */
  searchLanguage: string;
  /** Set when an embeddings endpoint is configured (semantic retrieval). */
  embedder: Embedder | undefined;
  /** The Stripe SDK: real Stripe with STRIPE_SECRET_KEY, else the bundled emulator. */
  stripe: StripeClient;
  /** Webhook secret, configured price ids, and the emulator when there is one. */
  stripeSettings: StripeSettings;
  /** The time for plan decisions (grace periods, comp grants); tests step it forward. */
  now: () => Date;
}

export type Services = ReturnType<typeof createServices>;

/** The use cases, bound to one request's entity manager. Cheap: plain objects, no I/O. */
export function createServices(em: EntityManager, deps: AppDeps) {
  const access = new AccessEvents(deps.pubSub);
  const audit = new AuditService(em);
  const sessions = new SessionService(em, access, audit);
  const apiTokens = new ApiTokenService(em, access, audit);
  const usage = new UsageService(em, deps.pubSub, deps.now);
  const billingDeps = { stripe: deps.stripe, stripeSettings: deps.stripeSettings, appUrl: deps.appUrl, now: deps.now };
  const stripeSync = new StripeSyncService(em, audit, usage, billingDeps);
  const billing = new BillingService(em, audit, stripeSync, billingDeps);
  const workspaces = new WorkspaceService(em, audit, access, deps.jobs);
  const memberships = new MembershipService(em, audit, usage, access);
  const invitations = new InvitationService({ em, audit, usage, mailer: deps.mailer, rateLimiter: deps.rateLimiter, appUrl: deps.appUrl });
  const verification = new EmailVerificationService({ em, audit, mailer: deps.mailer, rateLimiter: deps.rateLimiter, appUrl: deps.appUrl });
  const auth = new AuthService({
    em,
    sessions,
    workspaces,
    invitations,
    verification,
    rateLimiter: deps.rateLimiter,
    authAttemptsPerMinute: deps.authAttemptsPerMinute,
    accountSlowdownMs: deps.accountSlowdownMs,
  });
  const passwords = new PasswordService({
    em,
    audit,
    sessions,
    mailer: deps.mailer,
    jobs: deps.jobs,
    rateLimiter: deps.rateLimiter,
    appUrl: deps.appUrl,
  });
  const profile = new ProfileService(em);
  const emailChanges = new EmailChangeService({ em, sessions, mailer: deps.mailer, rateLimiter: deps.rateLimiter, appUrl: deps.appUrl });
  const uploads = new UploadService(em, usage);
  const knowledge = new KnowledgeService({
    em,
    usage,
    uploads,
    jobs: deps.jobs,
    searchLanguage: deps.searchLanguage,
    embeddings: Boolean(deps.embedder),
  });
  const copilot = new CopilotService(em, deps.pubSub, deps.generator, usage);
  const conversations = new ConversationService(em, deps.pubSub, copilot);
  const feedback = new FeedbackService(em, copilot);
  const reports = new ReportService(em, feedback);
  const dataExports = new DataExportService({ em, jobs: deps.jobs, mailer: deps.mailer, appUrl: deps.appUrl });
  const accountDeletion = new AccountDeletionService({
    em,
    sessions,
    access,
    mailer: deps.mailer,
    rateLimiter: deps.rateLimiter,
    // The same wiring as every request's, bound to the deletion's transaction.
    workspacesIn: (tx): WorkspaceService => createServices(tx, deps).workspaces,
  });
  const consent = new ConsentService(em, deps.rateLimiter);
  return {
    /** The request's (or job's) entity manager, for code that reads records directly (job handlers). */
    em,
    sessions,
    apiTokens,
    audit,
    usage,
    billing,
    stripeSync,
    workspaces,
    memberships,
    invitations,
    auth,
    passwords,
    verification,
    profile,
    emailChanges,
    uploads,
    knowledge,
    copilot,
    conversations,
    feedback,
    reports,
    stripe: deps.stripe,
    stripeSettings: deps.stripeSettings,
    dataExports,
    accountDeletion,
    consent,
  };
}
