import type { AppPubSub } from './pubsub';

/**
 * Someone's access just ended or changed. Open WebSocket subscriptions would otherwise only find out at their next
 * check (or never, for a socket whose session was deleted): these events travel over the app's pub/sub, so they
 * reach the instance holding the socket when Redis is configured.
 */
export type AccessEvent =
  /** Logged out, revoked: every socket opened with this session closes. */
  | { kind: 'session-ended'; sessionId: string }
  /** Removed, left, role changed, workspace deleted: these users' subscriptions re-check their access at once. */
  | { kind: 'membership-changed'; userIds: string[] };

export const ACCESS_TOPIC = 'access-changed';

/** Publishes access events; services call it after their transaction committed, so a re-check sees the change. */
export class AccessEvents {
  constructor(private readonly pubSub: AppPubSub) {}

  sessionEnded(sessionId: string): void {
    this.publish({ kind: 'session-ended', sessionId });
  }

  membershipChanged(...userIds: string[]): void {
    if (userIds.length > 0) this.publish({ kind: 'membership-changed', userIds: [...new Set(userIds)] });
  }

  private publish(event: AccessEvent): void {
    this.pubSub.publish(ACCESS_TOPIC, event);
  }
}
