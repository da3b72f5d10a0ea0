import type { Role } from '../modules/workspace/role';

/** What an open subscription's access rests on while it runs: a live credential and a membership. */
export interface AccessSubject {
  /** The session or API token that opened the connection. */
  credentialId: string;
  credential: 'session' | 'api-token';
  userId: string;
  workspaceId: string;
}

/** The credential still works; the user's role in the workspace (null: not a member). */
export interface AccessFacts {
  alive: boolean;
  role: Role | null;
}

/** Reads the facts of many subjects at once, keyed by `subjectKey`. */
export type AccessQuery = (subjects: AccessSubject[], now: Date) => Promise<Map<string, AccessFacts>>;

export const subjectKey = (subject: Pick<AccessSubject, 'credentialId' | 'workspaceId'>) =>
  `${subject.credentialId}:${subject.workspaceId}`;

interface Entry {
  subject: AccessSubject;
  holders: number;
  facts: AccessFacts | undefined;
  /** When the refresh that produced `facts` started (its answer may be that old). */
  fetchedAt: number;
  /** The sequence number of that refresh; an access event after it (`invalidatedSeq`) makes it unusable. */
  fetchedSeq: number;
  invalidatedSeq: number;
}

/**
 * The share of the TTL after which a check starts the next read in the background. At 1,000 streaming clients on a
 * busy machine the read came back 0.3–1.8 s after it was asked: starting it at half the TTL, facts often expired
 * first and events waited for it.
 */
const REFRESH_AHEAD = 0.25;

interface Flight {
  startSeq: number;
  startedAt: number;
  done: Promise<void>;
}

/**
 * The access facts of every open subscription of this instance, per (credential, workspace): all the sockets and
 * subscriptions of one session in one workspace share one entry, and one SQL statement refreshes every entry.
 *
 * A subscription checks before each event. Within `ttlMs` of the refresh that produced them the facts are used as
 * they are (no await on the database on the delivery path); past a quarter of it, a refresh starts in the background,
 * so a busy stream does not find them expired even when the read queues behind a busy pool for most of a second.
 * Older facts, or facts from before an access event (`changed()`), are never used: the check then waits for a
 * refresh that started after it asked. Refreshes are single-flight: whoever asks while one runs shares it, or the one
 * queued after it.
 */
export class AccessVerdicts {
  private seq = 0;
  private readonly entries = new Map<string, Entry>();
  private flight: Flight | undefined;
  private queued: Promise<Flight> | undefined;

  constructor(
    private readonly query: AccessQuery,
    private readonly ttlMs: number,
    private readonly onBackgroundError: (error: unknown) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps `subject` refreshed until the returned function is called (once per subscription). */
  hold(subject: AccessSubject): () => void {
    const key = subjectKey(subject);
    const entry = this.entries.get(key) ?? { subject, holders: 0, facts: undefined, fetchedAt: 0, fetchedSeq: 0, invalidatedSeq: 0 };
    entry.holders += 1;
    this.entries.set(key, entry);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      entry.holders -= 1;
      if (entry.holders === 0 && this.entries.get(key) === entry) this.entries.delete(key);
    };
  }

  /** The subject's facts, fresh enough to deliver an event on; `subject` must be held. */
  async facts(subject: AccessSubject): Promise<AccessFacts> {
    const entry = this.entries.get(subjectKey(subject));
    if (!entry) throw new Error('AccessVerdicts.facts: the subject is not held');
    for (;;) {
      const age = this.now() - entry.fetchedAt;
      if (entry.facts && entry.fetchedSeq > entry.invalidatedSeq && age < this.ttlMs) {
        if (age >= this.ttlMs * REFRESH_AHEAD && !this.flight && !this.queued) this.launch().done.catch(this.onBackgroundError);
        return entry.facts;
      }
      const flight = await this.flightFor(entry);
      await flight.done;
      // With a TTL of 0 the facts are never fresh by age: the read this check waited for is what "checked" means.
      if (entry.facts && entry.fetchedSeq >= flight.startSeq && entry.fetchedSeq > entry.invalidatedSeq) return entry.facts;
      // Access changed while the read ran (its answer may predate the change), or it began before this subject
      // was held: read again.
    }
  }

  /** Access of these users changed (an access event): their facts are not used again before a new read. */
  changed(userIds: readonly string[]): void {
    const users = new Set(userIds);
    this.invalidate((subject) => users.has(subject.userId));
  }

  /** A session or API token ended: its sockets are closing, and until they are closed no check passes on old facts. */
  credentialEnded(credentialId: string): void {
    this.invalidate((subject) => subject.credentialId === credentialId);
  }

  private invalidate(matches: (subject: AccessSubject) => boolean): void {
    const seq = ++this.seq;
    for (const entry of this.entries.values()) if (matches(entry.subject)) entry.invalidatedSeq = seq;
  }

  /** Entries held now (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * A read whose answer may serve `entry`: the one running if it started after the entry's last access event and
   * within the TTL (checks arriving together share it), else the one queued after it.
   */
  private flightFor(entry: Entry): Promise<Flight> {
    if (this.queued) return this.queued;
    const running = this.flight;
    if (!running) return Promise.resolve(this.launch());
    if (running.startSeq > entry.invalidatedSeq && this.now() - running.startedAt <= this.ttlMs) return Promise.resolve(running);
    const queued = running.done
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.launch();
      });
    this.queued = queued;
    return queued;
  }

  private launch(): Flight {
    const startSeq = ++this.seq;
    const startedAt = this.now();
    const held = [...this.entries.values()];
    const done = (async () => {
      try {
        const found = await this.query(
          held.map((entry) => entry.subject),
          new Date(startedAt),
        );
        for (const entry of held) {
          entry.facts = found.get(subjectKey(entry.subject)) ?? { alive: false, role: null };
          entry.fetchedAt = startedAt;
          entry.fetchedSeq = startSeq;
        }
      } finally {
        if (this.flight?.startSeq === startSeq) this.flight = undefined;
      }
    })();
    const flight = { startSeq, startedAt, done };
    this.flight = flight;
    return flight;
  }
}

/** Larger sets are read in several statements (bind parameters are strings, but keep each one modest). */
const SUBJECTS_PER_STATEMENT = 5_000;

/**
 * One statement for many subjects: the credential is live exactly when `SessionService.authenticate` or
 * `ApiTokenService.authenticate` would accept it (the row exists, not expired), and the role is the membership's.
 * Each column travels as one array parameter, whatever the number of subjects.
 */
const ACCESS_SQL = `
select w.credential_id::text as credential_id, w.workspace_id::text as workspace_id, m.role,
  case when w.kind = 'session'
    then exists (select 1 from sessions s where s.id = w.credential_id and s.expires_at > $1::timestamptz)
    else exists (select 1 from api_tokens t where t.id = w.credential_id and (t.expires_at is null or t.expires_at > $1::timestamptz))
  end as alive
from unnest($2::uuid[], $3::text[], $4::uuid[], $5::uuid[]) as w(credential_id, kind, user_id, workspace_id)
left join memberships m on m.user_id = w.user_id and m.workspace_id = w.workspace_id`;

type AccessRow = { credential_id: string; workspace_id: string; role: Role | null; alive: boolean };

/** What `accessQuery` needs of a database: pg's `Pool#query` (the access read's own pool, see access-database.ts). */
export interface AccessDatabase {
  query(sql: string, params: unknown[]): Promise<{ rows: AccessRow[] }>;
}

export function accessQuery(database: AccessDatabase): AccessQuery {
  return async (subjects, now) => {
    const found = new Map<string, AccessFacts>();
    for (let first = 0; first < subjects.length; first += SUBJECTS_PER_STATEMENT) {
      const part = subjects.slice(first, first + SUBJECTS_PER_STATEMENT);
      const { rows } = await database.query(ACCESS_SQL, [
        now.toISOString(),
        part.map((subject) => subject.credentialId),
        part.map((subject) => subject.credential),
        part.map((subject) => subject.userId),
        part.map((subject) => subject.workspaceId),
      ]);
      for (const row of rows)
        found.set(subjectKey({ credentialId: row.credential_id, workspaceId: row.workspace_id }), { alive: row.alive, role: row.role });
    }
    return found;
  };
}
