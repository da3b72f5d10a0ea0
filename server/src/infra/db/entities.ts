import { User } from '../../modules/account/user.entity';
import { ApiToken } from '../../modules/api-tokens/api-token.entity';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { EmailVerification } from '../../modules/auth/email-verification.entity';
import { PasswordReset } from '../../modules/auth/password-reset.entity';
import { Session } from '../../modules/auth/session.entity';
import { BillingInvoice } from '../../modules/billing/billing-invoice.entity';
import { StripeEventRecord } from '../../modules/billing/stripe-event.entity';
import { WorkspaceBilling } from '../../modules/billing/workspace-billing.entity';
import { CookieConsent } from '../../modules/consent/cookie-consent.entity';
import { AnswerEventRecord } from '../../modules/copilot/answer-event.entity';
import { Conversation } from '../../modules/copilot/conversation.entity';
import { Message } from '../../modules/copilot/message.entity';
import { DataExport } from '../../modules/data-export/data-export.entity';
import { Document } from '../../modules/knowledge/document.entity';
import { Passage } from '../../modules/knowledge/passage.entity';
import { Upload } from '../../modules/knowledge/uploads/upload.entity';
import { EmailChange } from '../../modules/profile/email-change.entity';
import { UserAvatar } from '../../modules/profile/user-avatar.entity';
import { Report } from '../../modules/reports/report.entity';
import { Invitation } from '../../modules/workspace/invitation.entity';
import { Membership } from '../../modules/workspace/membership.entity';
import { Workspace } from '../../modules/workspace/workspace.entity';
import { OutboxMail } from '../mail/outbox-mail.entity';

/** Every entity, listed once: discovery by folder scanning differs between src/ and dist/. */
export const entities = [
  User,
  Session,
  PasswordReset,
  EmailVerification,
  ApiToken,
  UserAvatar,
  EmailChange,
  Workspace,
  Membership,
  Invitation,
  AuditEvent,
  OutboxMail,
  Document,
  Passage,
  Upload,
  Conversation,
  Message,
  AnswerEventRecord,
  Report,
  DataExport,
  CookieConsent,
  WorkspaceBilling,
  BillingInvoice,
  StripeEventRecord,
];
