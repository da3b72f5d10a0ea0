import type { Logger } from '../infra/logging/logger';
import { ACCESS_TOPIC, type AccessEvent } from '../infra/pubsub/access-events';
import type { AppPubSub } from '../infra/pubsub/pubsub';
import { type AccessFacts, type AccessQuery, type AccessSubject, AccessVerdicts } from './access-verdicts';

/**
 * Close codes, per graphql-ws's own conventions (its CloseCode enum):
 * - 4401 Unauthorized: the credentials no longer name anyone (logged out, revoked, expired). graphql-ws clients
 *   treat it as fatal and do not reconnect with the same dead cookie; the app signs in again.
 * - 4403 Forbidden is what onConnect answers to credentials that never worked. It is not used when a membership
 *   ends: a connection belongs to a session, not to a workspace, and may carry subscriptions to other workspaces,
 *   so only the subscriptions that lost access end (with a FORBIDDEN error) and the socket stays open.
 */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** Allowed, or the error that ends the subscription. */
export type Verdict = true | Error;

interface CachedVerdict {
  at: number;
  generation: number;
  verdict: Promise<Verdict>;
}

/** The credential behind a connection: a browser session or an API token (their ids never collide: uuids). */
export interface ConnectionCredential {
  id: string;
  kind: AccessSubject['credential'];
  userId: string;
}

/**
 * One authenticated WebSocket connection's access state. A subscription is authorised in full when it starts
 * (`verify`, cached for `ttlMs` per subscription key); before each event it re-checks only what can change while it
 * runs, the credential and the membership, from the instance's shared `AccessVerdicts` (`hold` / `facts`), so
 * delivering an event does not wait on the database. An access event (`changed()`) drops the cache and wakes every
 * subscription to check again at once.
 */
export class ConnectionAccess {
  private generation = 0;
  private readonly cache = new Map<string, CachedVerdict>();
  private readonly listeners = new Set<() => void>();
  readonly sessionId: string;
  readonly userId: string;

  constructor(
    private readonly credential: ConnectionCredential,
    private readonly ttlMs: number,
    private readonly closeSocket: (code: number, reason: string) => void,
    private readonly verdicts?: AccessVerdicts,
    private readonly now: () => number = Date.now,
  ) {
    this.sessionId = credential.id;
    this.userId = credential.userId;
  }

  /** Keeps this connection's access to `workspaceId` refreshed while a subscription runs; call the result when it ends. */
  hold(workspaceId: string): () => void {
    return this.verdicts?.hold(this.subject(workspaceId)) ?? (() => undefined);
  }

  /** The credential and the role in `workspaceId`, fresh enough to deliver an event on (see AccessVerdicts). */
  facts(workspaceId: string): Promise<AccessFacts> {
    if (!this.verdicts) throw new Error('ConnectionAccess.facts: no shared verdicts');
    return this.verdicts.facts(this.subject(workspaceId));
  }

  get sharesVerdicts(): boolean {
    return this.verdicts !== undefined;
  }

  /** Verdicts held for this connection now (tests, and anyone looking for what a long-lived socket keeps). */
  get cachedVerdicts(): number {
    return this.cache.size;
  }

  private subject(workspaceId: string): AccessSubject {
    return { credentialId: this.credential.id, credential: this.credential.kind, userId: this.credential.userId, workspaceId };
  }

  /** The cached verdict for `key`, or `check()`'s; concurrent callers share one check. */
  async verify(key: string, check: () => Promise<Verdict>): Promise<Verdict> {
    for (;;) {
      const generation = this.generation;
      const cached = this.cache.get(key);
      const entry = cached && cached.generation === generation && this.now() - cached.at < this.ttlMs ? cached : this.start(key, check);
      const verdict = await entry.verdict;
      // Access changed while the check ran: its answer may predate the change, so ask again.
      if (generation === this.generation) return verdict;
    }
  }

  /** Access may have changed (a role, a membership): forget cached verdicts and wake every subscription. */
  changed(): void {
    this.generation += 1;
    this.cache.clear();
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The session is gone: close the socket (graphql-ws then ends every subscription on it). Deferred to the next turn
   * of the event loop, so an error a subscription is about to send still goes out before the close frame.
   */
  sessionEnded(): void {
    setImmediate(() => this.closeSocket(SESSION_ENDED_CLOSE_CODE, 'Session ended'));
  }

  private start(key: string, check: () => Promise<Verdict>): CachedVerdict {
    this.forgetExpired();
    const entry: CachedVerdict = { at: this.now(), generation: this.generation, verdict: check() };
    this.cache.set(key, entry);
    // A failed check (the database, not a refusal) is not remembered: the next event tries again.
    entry.verdict.catch(() => this.cache.get(key) === entry && this.cache.delete(key));
    return entry;
  }

  /**
   * Each answerStream has a key of its own (its messageId), so expired verdicts are never read again: without this, a
   * tab open all day kept one per answer it ever followed (found by `npm run bench -- soak`). What is left is what
   * started within the TTL, a handful.
   */
  private forgetExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.cache) if (now - entry.at >= this.ttlMs) this.cache.delete(key);
  }
}

/**
 * Every authenticated connection of this instance, by session and by user, listening to access events from the
 * app's pub/sub (Redis across instances): a logOut on instance A closes the sockets on instance B, a removal on A
 * ends B's subscriptions to that workspace without waiting for their next event.
 */
export class SubscriptionAccessHub {
  private readonly bySession = new Map<string, Set<ConnectionAccess>>();
  private readonly byUser = new Map<string, Set<ConnectionAccess>>();
  private readonly events: AsyncIterableIterator<unknown>;
  private readonly listening: Promise<void>;
  /** Shared by every connection of this instance: one statement refreshes them all. */
  readonly verdicts: AccessVerdicts;

  constructor(
    pubSub: AppPubSub,
    private readonly ttlMs: number,
    private readonly logger: Logger,
    query: AccessQuery,
  ) {
    this.events = pubSub.subscribe(ACCESS_TOPIC);
    this.listening = this.listen();
    this.verdicts = new AccessVerdicts(query, ttlMs, (error) =>
      // Not fatal: the next event past the TTL waits for a read of its own (and fails if that fails too).
      this.logger.warn({ err: error }, 'background refresh of subscription access failed'),
    );
  }

  open(credential: ConnectionCredential, closeSocket: (code: number, reason: string) => void): ConnectionAccess {
    const access = new ConnectionAccess(credential, this.ttlMs, closeSocket, this.verdicts);
    add(this.bySession, credential.id, access);
    add(this.byUser, credential.userId, access);
    return access;
  }

  close(access: ConnectionAccess): void {
    remove(this.bySession, access.sessionId, access);
    remove(this.byUser, access.userId, access);
  }

  async dispose(): Promise<void> {
    await this.events.return?.();
    await this.listening;
  }

  private handle(event: AccessEvent): void {
    if (event.kind === 'session-ended') {
      this.verdicts.credentialEnded(event.sessionId);
      for (const access of this.bySession.get(event.sessionId) ?? []) access.sessionEnded();
    } else {
      // First the shared facts (so no re-check uses a read from before the change), then wake the subscriptions.
      this.verdicts.changed(event.userIds);
      for (const userId of event.userIds) for (const access of this.byUser.get(userId) ?? []) access.changed();
    }
  }

  private async listen(): Promise<void> {
    try {
      for (;;) {
        const next = await this.events.next();
        if (next.done) return;
        this.handle(next.value as AccessEvent);
      }
    } catch (error) {
      // Subscriptions still re-check per event; only the immediate reaction to access events is lost.
      this.logger.error({ err: error }, 'access events stopped: open subscriptions now only notice lost access at their next event');
    }
  }
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key) ?? new Set<V>();
  set.add(value);
  map.set(key, set);
}

function remove<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
