import { Entity, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';

/**
 * A user's current avatar: the re-encoded 256 px WebP (never the uploaded file), kept in PostgreSQL so every
 * instance behind the load balancer can serve it. One row per user; a new avatar replaces it.
 */
@Entity({ tableName: 'user_avatars' })
export class UserAvatar {
  @OneToOne(() => User, { primary: true, ref: true, owner: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** SHA-256 of the content, hex: part of the URL, so a new picture gets a new URL and caches never go stale. */
  @Property({ length: 64 })
  contentHash!: string;

  /** Lazy: loading the row to check access never drags the bytes along. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
