/** Kinds of change the audit log records. */
export type AuditAction =
  | 'API_TOKEN_CREATED'
  | 'API_TOKEN_REVOKED'
  | 'BILLING_CHECKOUT_STARTED'
  | 'BILLING_CUSTOMER_CREATED'
  | 'BILLING_INVOICE_PAID'
  | 'BILLING_PAYMENT_FAILED'
  | 'BILLING_PLAN_COMPED'
  | 'BILLING_SUBSCRIPTION_CANCELED'
  | 'BILLING_SUBSCRIPTION_CHANGED'
  | 'EMAIL_VERIFIED'
  | 'INVITATION_RESENT'
  | 'INVITATION_REVOKED'
  | 'MEMBER_INVITED'
  | 'MEMBER_JOINED'
  | 'MEMBER_LEFT'
  | 'MEMBER_REMOVED'
  | 'MEMBER_ROLE_CHANGED'
  | 'OTHER_SESSIONS_REVOKED'
  | 'OWNERSHIP_TRANSFERRED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'SESSION_REVOKED'
  | 'WORKSPACE_CREATED'
  | 'WORKSPACE_UPDATED';

/** How often a subscription renews. */
export type BillingInterval =
  | 'MONTH'
  | 'YEAR';

/** Where a data export is. */
export type DataExportStatus =
  /** Its 7 days are over and the archive was deleted; ask for a new one. */
  | 'EXPIRED'
  /** The archive could not be made; ask for a new one. */
  | 'FAILED'
  /** Queued: a worker starts it shortly. */
  | 'PENDING'
  /** Downloadable from `downloadUrl` until `expiresAt`. */
  | 'READY'
  /** The archive is being written; `progress` grows to 1. */
  | 'RUNNING';

/** Where a document is in ingestion. */
export type DocumentStatus =
  | 'FAILED'
  | 'PROCESSING'
  | 'READY';

/** The values of `extensions.code` on the errors of a response. */
export type ErrorCode =
  /** The HTTP request itself is malformed (body, method, headers). */
  | 'BAD_REQUEST'
  /** An argument is not valid; `extensions.fieldErrors` lists `{ field, message }`. */
  | 'BAD_USER_INPUT'
  /** The payment provider did not answer or refused the request; nothing was changed: retry after `extensions.retryAfterSeconds`. */
  | 'BILLING_PROVIDER_UNAVAILABLE'
  /** The request clashes with the current state (a taken address, a finished answer); may carry `fieldErrors`. */
  | 'CONFLICT'
  /** The viewer must verify their email address first (the link mailed at sign-up; `resendVerificationEmail` sends a new one). */
  | 'EMAIL_NOT_VERIFIED'
  /** Signed in, but this role may not do this. */
  | 'FORBIDDEN'
  /** The document is not valid GraphQL syntax. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not match the schema or exceeds the depth, cost or alias limits. */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** A failure on the server; the details are logged, not sent. */
  | 'INTERNAL_SERVER_ERROR'
  /** No such record, or not one the viewer may see. */
  | 'NOT_FOUND'
  /** The operation to run could not be determined (missing or unknown operationName). */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** The request body is over the cap (1 MB on /graphql; `extensions.maxBytes`): send files through POST /uploads. */
  | 'PAYLOAD_TOO_LARGE'
  /** The persisted query hash is unknown: send the full document. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Persisted queries are not supported for this request. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** The workspace's plan allows no more of this; `extensions` carries `limit`, `plan` and `max`. */
  | 'PLAN_LIMIT_REACHED'
  /** Too many requests; `extensions.retryAfterSeconds` says when to try again. */
  | 'RATE_LIMITED'
  /** The server is busy; nothing is wrong with the request: retry after `extensions.retryAfterSeconds`. */
  | 'SERVICE_UNAVAILABLE'
  /** No valid session or API token, or wrong credentials: sign in (again). */
  | 'UNAUTHENTICATED';

/** Whether an invitation link can still be used. */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** Who wrote a message: the user (a question) or the copilot (an answer). */
export type MessageRole =
  | 'ASSISTANT'
  | 'USER';

/** PENDING and STREAMING while an answer is produced; DONE, STOPPED or FAILED once it is final. */
export type MessageStatus =
  | 'DONE'
  | 'FAILED'
  | 'PENDING'
  | 'STOPPED'
  | 'STREAMING';

/** The plans a workspace can be on. */
export type PlanId =
  | 'FREE'
  | 'PRO';

/** Thumbs up or down on an answer. */
export type Rating =
  | 'DOWN'
  | 'UP';

/** What is wrong with a reported answer. */
export type ReportCategory =
  | 'HARMFUL'
  | 'INCORRECT_DATA'
  | 'MISSING_ANSWER'
  | 'OTHER'
  | 'OUTDATED_SOURCE';

/** Where a report is in the admins’ inbox. */
export type ReportStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'RESOLVED';

/** What a member may do in a workspace, strongest first. */
export type Role =
  /** Manages members, invitations and all documents. */
  | 'ADMIN'
  /** Adds documents and asks the copilot. */
  | 'MEMBER'
  /** Everything, including billing, deleting the workspace and transferring ownership. Exactly one per workspace. */
  | 'OWNER'
  /** Reads documents and asks the copilot. */
  | 'VIEWER';

/** The workspace's Stripe subscription as last reported (NONE: never subscribed). */
export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELED'
  | 'INCOMPLETE'
  | 'NONE'
  | 'PAST_DUE'
  | 'TRIALING'
  | 'UNPAID';
