import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../account/user.entity';
import type { OptionalCookieCategory } from './cookie-policy';

/**
 * One cookie choice a signed-in user made: which optional categories they allowed, under which policy version,
 * when. Append-only, so the history shows what was agreed at any time (GDPR art. 7(1): the controller must be able
 * to demonstrate consent). Deleted with the account.
 */
@Entity({ tableName: 'cookie_consents' })
@Index({ properties: ['user', 'decidedAt'] })
export class CookieConsent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ length: 32 })
  policyVersion!: string;

  /** Every optional category with the user's answer: allowed or not. */
  @Property({ type: 'json' })
  categories!: Record<OptionalCookieCategory, boolean>;

  /** Server time of recording: a browser's clock proves nothing. */
  @Property({ type: 'datetime' })
  decidedAt: Date & Opt = new Date();
}
