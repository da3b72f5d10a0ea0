import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../../errors/app-error';
import { pgArray } from '../../infra/db/pgArray';
import type { Mailer } from '../../infra/mail/mailer';
import { accountDeletedMail } from '../../infra/mail/templates/account-deleted';
import type { AccessEvents } from '../../infra/pubsub/access-events';
import { enforceRateLimit } from '../../infra/rate-limit/enforce-rate-limit';
import type { RateLimiter } from '../../infra/rate-limit/rate-limiter';
import { User } from '../account/user.entity';
import { WrongPasswordError } from '../auth/auth.errors';
import { PASSWORD_CONFIRMATIONS_PER_USER, passwordConfirmationKey, passwordMatches } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import type { WorkspaceService } from '../workspace/workspace.service';
import { type BlockingWorkspace, SoleOwnerOfSharedWorkspacesError } from './account-deletion.errors';
import { anonymiseAuditEntries } from './audit-anonymisation';

/** Guesses of the password from a signed-in session (a stolen one, say), as for changePassword. */

export interface AccountDeletionServiceDeps {
  em: EntityManager;
  sessions: SessionService;
  access: AccessEvents;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  /**
   * The workspace service bound to the deletion's transaction: personal workspaces are deleted through the one
   * workspace deletion use case, so whatever it does (billing cancellation, say) happens here too, in this transaction.
   */
  workspacesIn(tx: EntityManager): WorkspaceService;
}

interface OwnedWorkspace extends BlockingWorkspace {
  otherMembers: number;
}

/** "Delete my account" (issue 10, item 9). */
export class AccountDeletionService {
  constructor(private readonly deps: AccountDeletionServiceDeps) {}

  /**
   * Needs the password. Refused with the list while the user owns a workspace others are in. Otherwise, in one
   * transaction: audit entries anonymised, personal workspaces deleted (through the workspace service), sessions
   * ended, the goodbye mail queued, and the user deleted — the rest (API tokens, conversations and their messages,
   * saved queries and ratings, data exports, verification and reset tokens, uploads, memberships, invitations they
   * sent) goes by the foreign keys' cascades; documents they added to shared workspaces stay, `added_by` set to null,
   * and so do reports they filed, without the reporter. Then every socket of theirs closes.
   */
  async deleteAccount(userId: string, password: string): Promise<void> {
    await this.throttle(passwordConfirmationKey(userId));
    const endedCredentials = await this.deps.em.transactional(async (tx) => {
      // Locked: a second deletion (or a password change) waits for this one.
      const user = await tx.findOne(User, userId, { populate: ['passwordHash'], lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!user) throw new UnauthenticatedError();
      const matches = await passwordMatches(user.passwordHash, password);
      if (!matches) throw new WrongPasswordError();

      const owned = await this.ownedWorkspaces(tx, userId);
      const shared = owned.filter((workspace) => workspace.otherMembers > 0);
      if (shared.length > 0) throw new SoleOwnerOfSharedWorkspacesError(shared.map(({ id, name, slug }) => ({ id, name, slug })));

      await anonymiseAuditEntries(tx, user);
      const workspaces = this.deps.workspacesIn(tx);
      for (const workspace of owned) await workspaces.delete(workspace.id, workspace.name);

      const tokens: Array<{ id: string }> = await tx.execute('select "id" from "api_tokens" where "user_id" = ?', [userId]);
      const sessionIds = await this.deps.sessions.deleteAllOf(tx, userId);
      await this.deps.mailer.enqueue(
        tx,
        accountDeletedMail({
          to: user.email,
          name: user.name,
          at: new Date(),
          deletedWorkspaces: owned.map((workspace) => workspace.name),
        }),
      );
      await tx.execute('delete from "users" where "id" = ?', [userId]);
      return [...sessionIds, ...tokens.map((token) => token.id)];
    });
    // After the commit: sockets opened with any of the account's sessions or tokens close on every instance.
    this.deps.sessions.announceEnded(endedCredentials);
    this.deps.access.membershipChanged(userId);
  }

  /**
   * The workspaces the user owns, with how many others are in each. Their rows are locked first: someone joining
   * one of them now (an invitation accepted) waits, and is then counted or refused, never silently deleted with it.
   */
  private async ownedWorkspaces(tx: EntityManager, userId: string): Promise<OwnedWorkspace[]> {
    const owned: BlockingWorkspace[] = await tx.execute(
      `select w."id", w."name", w."slug" from "workspaces" w
         join "memberships" m on m."workspace_id" = w."id"
        where m."user_id" = ? and m."role" = 'OWNER'
        order by w."name", w."id"
        for update of w`,
      [userId],
    );
    if (owned.length === 0) return [];
    const counts: Array<{ workspaceId: string; others: string | number }> = await tx.execute(
      `select "workspace_id" as "workspaceId", count(*) as "others" from "memberships"
        where "workspace_id" = any(?::uuid[]) and "user_id" <> ? group by "workspace_id"`,
      [pgArray(owned.map((workspace) => workspace.id)), userId],
    );
    const othersIn = new Map(counts.map((row) => [row.workspaceId, Number(row.others)]));
    return owned.map((workspace) => ({ ...workspace, otherMembers: othersIn.get(workspace.id) ?? 0 }));
  }

  private throttle(key: string): Promise<void> {
    return enforceRateLimit(this.deps.rateLimiter, key, PASSWORD_CONFIRMATIONS_PER_USER);
  }
}
