import { describe, expect, it, vi } from 'vitest';
import { Role } from '../modules/workspace/role';
import { type AccessFacts, type AccessSubject, AccessVerdicts, subjectKey } from './access-verdicts';

const subject = (credentialId = 's1', workspaceId = 'w1', userId = 'u1'): AccessSubject => ({
  credentialId,
  credential: 'session',
  userId,
  workspaceId,
});

/** A query whose answers the test sets, counting its calls and the subjects each call read. */
function fakeDatabase() {
  const facts = new Map<string, AccessFacts>();
  const calls: AccessSubject[][] = [];
  let gate: Promise<void> | undefined;
  const query = vi.fn(async (subjects: AccessSubject[]) => {
    calls.push(subjects);
    const answer = new Map(subjects.map((s) => [subjectKey(s), facts.get(subjectKey(s)) ?? { alive: true, role: Role.MEMBER }]));
    await gate;
    return answer;
  });
  return {
    query,
    calls,
    set: (s: AccessSubject, value: AccessFacts) => facts.set(subjectKey(s), value),
    /** Holds every query until the returned function is called. */
    hold: () => {
      let open: () => void = () => undefined;
      gate = new Promise((resolve) => (open = resolve));
      return () => {
        gate = undefined;
        open();
      };
    },
  };
}

function verdicts(ttlMs: number) {
  const db = fakeDatabase();
  let now = 0;
  const store = new AccessVerdicts(
    db.query,
    ttlMs,
    () => undefined,
    () => now,
  );
  return { db, store, advance: (ms: number) => (now += ms) };
}

describe('AccessVerdicts', () => {
  it('serves every subscription of one session in one workspace from one read within the TTL', async () => {
    const { db, store } = verdicts(1_000);
    const s = subject();
    for (let i = 0; i < 50; i += 1) store.hold(s);
    const checks = await Promise.all(Array.from({ length: 500 }, () => store.facts(s)));
    expect(checks.every((facts) => facts.alive && facts.role === Role.MEMBER)).toBe(true);
    expect(db.query).toHaveBeenCalledTimes(1);
    expect(store.size).toBe(1);
  });

  it('reads every held subject in one query, however many sessions and workspaces', async () => {
    const { db, store } = verdicts(1_000);
    const subjects = Array.from({ length: 300 }, (_, i) => subject(`s${i}`, `w${i % 3}`));
    for (const s of subjects) store.hold(s);
    await Promise.all(subjects.map((s) => store.facts(s)));
    expect(db.query).toHaveBeenCalledTimes(1);
    expect(db.calls[0]).toHaveLength(300);
  });

  it('refreshes ahead of expiry in the background: a check past a quarter of the TTL does not wait, and one read serves all', async () => {
    const { db, store, advance } = verdicts(1_000);
    const s = subject();
    store.hold(s);
    await store.facts(s);
    advance(300);
    const open = db.hold();
    // The read is held: these checks answer from the facts in hand.
    const checks = await Promise.all(Array.from({ length: 20 }, () => store.facts(s)));
    expect(checks).toHaveLength(20);
    expect(db.query).toHaveBeenCalledTimes(2);
    open();
  });

  it('denies after revocation once the facts are older than the TTL (a change made without an access event)', async () => {
    const { db, store, advance } = verdicts(1_000);
    const s = subject();
    store.hold(s);
    expect(await store.facts(s)).toEqual({ alive: true, role: Role.MEMBER });
    db.set(s, { alive: false, role: null });
    advance(1_000);
    expect(await store.facts(s)).toEqual({ alive: false, role: null });
  });

  it('does not use facts from before an access event, nor a read that was running when it came', async () => {
    const { db, store } = verdicts(10_000);
    const s = subject();
    store.hold(s);
    await store.facts(s);
    const open = db.hold();
    store.changed(['u1']);
    const pending = store.facts(s); // waits: the facts in hand predate the change
    db.set(s, { alive: true, role: null });
    store.changed(['u1']); // a second change while that read runs
    open();
    expect(await pending).toEqual({ alive: true, role: null });
    expect(db.query).toHaveBeenCalledTimes(3);
  });

  it('with a TTL of 0 reads once per check, and concurrent checks share the read', async () => {
    const { db, store } = verdicts(0);
    const s = subject();
    store.hold(s);
    await store.facts(s);
    await store.facts(s);
    expect(db.query).toHaveBeenCalledTimes(2);
    await Promise.all([store.facts(s), store.facts(s), store.facts(s)]);
    expect(db.query).toHaveBeenCalledTimes(3);
  });

  it('forgets a subject when its last subscription ends', async () => {
    const { store } = verdicts(1_000);
    const releases = [store.hold(subject()), store.hold(subject())];
    for (const release of releases) release();
    releases[0]?.();
    expect(store.size).toBe(0);
    await expect(store.facts(subject())).rejects.toThrow('not held');
  });
});
