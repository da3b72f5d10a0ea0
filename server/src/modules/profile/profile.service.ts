import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, UnauthenticatedError } from '../../errors/app-error';
import { User } from '../account/user.entity';
import { processAvatar } from './avatar-image';
import { UserAvatar } from './user-avatar.entity';

export interface ProfileChanges {
  name?: string | null;
  removeAvatar?: boolean | null;
}

/** Who asks for an avatar: a signed-in user, and the one workspace a restricted API token sees (else null). */
export interface AvatarReader {
  userId: string;
  workspaceId: string | null;
}

/** Where an avatar is served: the content hash makes each picture's URL its own, so it can be cached for good. */
export const avatarPath = (userId: string, contentHash: string): string => `/avatars/${userId}/${contentHash}.webp`;

/** The signed-in user's own name and picture. (The address changes through EmailChangeService.) */
export class ProfileService {
  constructor(private readonly em: EntityManager) {}

  async updateProfile(userId: string, changes: ProfileChanges): Promise<User> {
    return this.em.transactional(async (tx) => {
      const user = await this.userOrFail(tx, userId);
      if (changes.name !== undefined && changes.name !== null) {
        const name = changes.name.trim();
        // The input's validators said the same; this keeps the service safe for any other caller.
        if (!name || name.length > 100) throw BadUserInputError.field('name', 'Enter a name of at most 100 characters.');
        user.name = name;
      }
      if (changes.removeAvatar) {
        await tx.nativeDelete(UserAvatar, { user: userId });
        user.avatarUrl = null;
      }
      await tx.flush();
      return user;
    });
  }

  /**
   * Checks and re-encodes the image (processAvatar, before any database work: decoding is the slow part), then
   * stores it as the user's avatar in place of the previous one. Refusals change nothing.
   */
  async setAvatar(userId: string, upload: Buffer): Promise<User> {
    const content = await processAvatar(upload);
    const contentHash = createHash('sha256').update(content).digest('hex');
    return this.em.transactional(async (tx) => {
      const user = await this.userOrFail(tx, userId);
      await tx.upsert(UserAvatar, { user: userId, contentHash, content, createdAt: new Date() });
      user.avatarUrl = avatarPath(userId, contentHash);
      await tx.flush();
      return user;
    });
  }

  /**
   * The avatar's bytes when `reader` may see it: their own, or a person they share a workspace with (within the
   * token's workspace for a restricted API token). Null for everything else, alike for no avatar, an old hash, and
   * a stranger's, so the answer says nothing about accounts the reader cannot see.
   */
  async readAvatar(reader: AvatarReader, ownerId: string, contentHash: string): Promise<Buffer | null> {
    const mayRead = reader.userId === ownerId && !reader.workspaceId ? true : await this.shareAWorkspace(reader, ownerId);
    if (!mayRead) return null;
    const avatar = await this.em.findOne(UserAvatar, { user: ownerId, contentHash }, { populate: ['content'] });
    return avatar?.content ?? null;
  }

  private async shareAWorkspace(reader: AvatarReader, ownerId: string): Promise<boolean> {
    const rows = await this.em.execute<Array<{ found: number }>>(
      `select 1 as found from "memberships" mine join "memberships" theirs on theirs."workspace_id" = mine."workspace_id"
        where mine."user_id" = ? and theirs."user_id" = ? ${reader.workspaceId ? 'and mine."workspace_id" = ?' : ''} limit 1`,
      reader.workspaceId ? [reader.userId, ownerId, reader.workspaceId] : [reader.userId, ownerId],
    );
    return rows.length > 0;
  }

  private async userOrFail(tx: EntityManager, userId: string): Promise<User> {
    const user = await tx.findOne(User, userId);
    if (!user) throw new UnauthenticatedError();
    return user;
  }
}
