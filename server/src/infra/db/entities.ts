import { User } from '../../modules/account/user.entity';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { Session } from '../../modules/auth/session.entity';
import { Invitation } from '../../modules/workspace/invitation.entity';
import { Membership } from '../../modules/workspace/membership.entity';
import { Workspace } from '../../modules/workspace/workspace.entity';
import { OutboxMail } from '../mail/outbox-mail.entity';

/** Every entity, listed once: discovery by folder scanning differs between src/ and dist/. */
export const entities = [User, Session, Workspace, Membership, Invitation, AuditEvent, OutboxMail];
