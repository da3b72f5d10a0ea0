import type { EntityManager } from '@mikro-orm/postgresql';
import { afterCursor, pageSize, toPage } from '../../infra/db/keyset-pagination';
import type { Page } from '../../shared/pagination';
import type { AuditAction } from './audit-action';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  workspaceId: string;
  actorId: string | null;
  action: AuditAction;
  target: { type: string; id: string | null; label: string };
  details?: Record<string, unknown>;
}

/** An entry of one user's security log: a change to their own sign-in methods, made by them (or by a link of theirs). */
export interface SecurityEntry {
  userId: string;
  action: AuditAction;
  target: { type: string; id: string | null; label: string };
  details?: Record<string, unknown>;
}

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Queues the event in the caller's unit of work: it is written in the same transaction as the change. */
  record(em: EntityManager, entry: AuditEntry): void {
    em.persist(
      em.create(AuditEvent, {
        workspace: entry.workspaceId,
        actor: entry.actorId,
        action: entry.action,
        targetType: entry.target.type,
        targetId: entry.target.id,
        targetLabel: entry.target.label.slice(0, 254),
        details: entry.details ?? {},
      }),
    );
  }

  /** Queues an entry of the user's security log in the caller's unit of work, like `record`. */
  recordAboutUser(em: EntityManager, entry: SecurityEntry): void {
    em.persist(
      em.create(AuditEvent, {
        workspace: null,
        subjectUser: entry.userId,
        actor: entry.userId,
        action: entry.action,
        targetType: entry.target.type,
        targetId: entry.target.id,
        targetLabel: entry.target.label.slice(0, 254),
        details: entry.details ?? {},
      }),
    );
  }

  /** The user's security log, newest first: only entries about that user, whoever asks for them is the service's caller. */
  async listAboutUser(userId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<AuditEvent>> {
    const size = pageSize(first);
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        AuditEvent,
        { subjectUser: userId, ...afterCursor(after, 'desc') },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1, populate: ['actor'] },
      ),
      this.em.count(AuditEvent, { subjectUser: userId }),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** Newest first, with the actors loaded in the same query. */
  async list(workspaceId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<AuditEvent>> {
    const size = pageSize(first);
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        AuditEvent,
        { workspace: workspaceId, ...afterCursor(after, 'desc') },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1, populate: ['actor'] },
      ),
      this.em.count(AuditEvent, { workspace: workspaceId }),
    ]);
    return toPage(rows, size, totalCount);
  }
}
