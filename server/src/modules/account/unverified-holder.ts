import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';

/** A released account and the credentials that stopped working with it. */
export interface ReleasedHolder {
  user: User;
  /**
   * Ids of the sessions and API tokens deleted with the release. Once the transaction has committed, the caller
   * announces them ended (`SessionService.announceEnded`), so sockets opened with them close like a revoked
   * session's, on every instance.
   */
  endedCredentialIds: string[];
}

/**
 * An unverified account never blocks the verified owner of its address. Called inside the transaction in which
 * the owner proves the address (a verified sign-up, or an invitation sent to it): the unverified holder's address
 * is released to a placeholder under the reserved `.invalid` domain (RFC 2606) and its sessions and API tokens end,
 * so the address is free for the owner and the squatter can no longer use the account. The account itself and its
 * records stay (nothing of the owner's is in them); it cannot log in again.
 *
 * Returns the released account with the ended credentials, or null when nobody held the address. Throws if a
 * VERIFIED account holds it: callers check that first.
 */
export async function releaseUnverifiedHolder(tx: EntityManager, email: string, except?: User): Promise<ReleasedHolder | null> {
  const holder = await tx.findOne(User, { email });
  if (!holder || holder === except) return null;
  if (holder.emailVerifiedAt) throw new Error('releaseUnverifiedHolder: the address belongs to a verified account');
  holder.email = `released-${randomBytes(8).toString('hex')}@released.invalid`;
  // Flushed now so the unique index is free before the owner's account takes the address in this transaction.
  await tx.flush();
  // Raw SQL on the transaction's own connection (sessions and tokens belong to modules that depend on this one).
  // API tokens too: a token the squatter minted would otherwise keep the account usable.
  const sessions: Array<{ id: string }> = await tx.execute('delete from "sessions" where "user_id" = ? returning "id"', [holder.id]);
  const tokens: Array<{ id: string }> = await tx.execute('delete from "api_tokens" where "user_id" = ? returning "id"', [holder.id]);
  return { user: holder, endedCredentialIds: [...sessions, ...tokens].map((row) => row.id) };
}
