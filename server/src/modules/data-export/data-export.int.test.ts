import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_EXPORT, type DataExportView, download, downloadArchive, exportWhenReady, REQUEST_EXPORT } from '../../../test/data-export';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitForMail } from '../../../test/mail';
import { createTeam, type Team } from '../../../test/team';
import { waitFor } from '../../../test/wait-for';
import type { JobQueue } from '../../infra/jobs/job-queue';
import { Mailer } from '../../infra/mail/mailer';
import { COOKIE_POLICY_VERSION } from '../consent/cookie-policy';
import { DATA_EXPORT_CLEANUP_JOB, DataExportService } from './data-export.service';
import { exportSections } from './sections';

// Issue 10, item 8: "Download my data".

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
});

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;

describe('the archive', () => {
  let files: Record<string, unknown>;
  beforeAll(async () => {
    // A cookie choice and an API token: records of other features that the archive must carry too.
    await team.client('MEMBER').ok('mutation($input: CookieConsentInput!) { recordCookieConsent(input: $input) }', {
      input: { policyVersion: COOKIE_POLICY_VERSION, granted: ['errorReporting'] },
    });
    await team.client('MEMBER').ok(CREATE_TOKEN, { input: { name: 'exported token' } });
    const ready = await exportWhenReady(team.client('MEMBER'));
    expect(ready.progress).toBe(1);
    expect(ready.downloadUrl).toBe(`/data-exports/${ready.id}/download`);
    files = await downloadArchive(app, team.client('MEMBER'), ready.downloadUrl as string);
  });

  it('holds one JSON file per section, and a manifest that lists them', () => {
    const manifest = files['manifest.json'] as { user: { id: string }; files: Array<{ file: string; description: string }> };
    expect(manifest.user.id).toBe(team.people.MEMBER.id);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', ...manifest.files.map((entry) => entry.file)].sort());
    expect(manifest.files.map((entry) => entry.file)).toEqual(
      expect.arrayContaining(['profile.json', 'memberships.json', 'sessions.json', 'api-tokens.json', 'conversations.json']),
    );
    for (const entry of manifest.files) expect(entry.description.length).toBeGreaterThan(10);
  });

  it("has the user's conversations with messages and citations, and nobody else's", () => {
    const conversations = files['conversations.json'] as Array<{ id: string; messages: Array<{ content: string; citations: unknown[] }> }>;
    const mine = team.own.contents.conversations.filter((conversation) => conversation.user.id === team.people.MEMBER.id);
    expect(conversations.map((conversation) => conversation.id).sort()).toEqual(mine.map((conversation) => conversation.id).sort());
    const [conversation] = conversations;
    // The fixture's messages share a timestamp: their order among themselves is not the point here.
    expect(conversation?.messages.map((message) => message.content).sort()).toEqual([
      'And exchanges?',
      'Refunds take 5 days [1].',
      'Refunds?',
    ]);
    expect(conversation?.messages.find((message) => message.citations.length > 0)?.citations).toEqual([
      expect.objectContaining({ index: 1, passage: 'Refunds take 5 days.' }),
    ]);
    const others = [
      ...team.own.contents.conversations.filter((c) => c.user.id !== team.people.MEMBER.id),
      ...team.foreign.contents.conversations,
    ];
    const text = JSON.stringify(files);
    for (const other of others) expect(text).not.toContain(other.id);
    for (const person of ['OWNER', 'VIEWER', 'OUTSIDER'] as const) expect(text).not.toContain(team.people[person].email);
  });

  it('has the profile, memberships, saved queries, reports, and no secret of any credential', async () => {
    expect(files['profile.json']).toEqual(expect.objectContaining({ id: team.people.MEMBER.id, email: team.people.MEMBER.email }));
    expect(files['memberships.json']).toEqual([expect.objectContaining({ workspaceId: team.own.workspace.id, role: 'MEMBER' })]);
    expect(files['saved-queries.json']).toEqual([expect.objectContaining({ question: 'Refunds?' })]);
    expect(files['reports.json']).toEqual([expect.objectContaining({ id: team.own.report.id })]);
    const sessions = files['sessions.json'] as Array<Record<string, unknown>>;
    expect(sessions).toHaveLength(1);
    const [hashes] = await app.sql<{ hashes: string[] }>('select array_agg(token_hash) as hashes from sessions where user_id = ?', [
      team.people.MEMBER.id,
    ]);
    const text = JSON.stringify(files);
    for (const hash of hashes?.hashes ?? []) expect(text).not.toContain(hash);
    expect(text).not.toMatch(/tokenHash|secretHash|passwordHash|token_hash|secret_hash|password_hash/);
  });

  it('holds the cookie choices and the security log (entries about the user outside any workspace)', () => {
    expect(files['cookie-consents.json']).toEqual([
      expect.objectContaining({ policyVersion: COOKIE_POLICY_VERSION, categories: { errorReporting: true, productAnalytics: false } }),
    ]);
    expect(files['audit-entries.json']).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'api_token.created', targetLabel: 'exported token', workspaceId: null })]),
    );
  });

  it('mails the download link to the user', async () => {
    const [mail] = await waitForMail(app, team.people.MEMBER.email, { matching: /data-exports\// });
    expect(mail?.subject).toBe('Your Askbase data export is ready');
    expect(mail?.text).toMatch(/http:\/\/localhost:4000\/data-exports\/[0-9a-f-]{36}\/download/);
  });
});

describe('the download needs the same user’s browser session', () => {
  let path: string;
  beforeAll(async () => {
    path = (await exportWhenReady(team.client('VIEWER'))).downloadUrl as string;
  });

  it('is NOT_FOUND for another signed-in user', async () => {
    const response = await download(app, path, { cookie: team.client('ADMIN').cookie as string });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] });
  });

  it('is UNAUTHENTICATED without a session, and a browser is sent to log in', async () => {
    const api = await download(app, path);
    expect(api.status).toBe(401);
    expect(((await api.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const browser = await download(app, path, { accept: 'text/html' });
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/login?next=%2Faccount%2Fprivacy');
  });

  it('is FORBIDDEN with an API token, even the owner’s full-access one', async () => {
    const { createApiToken } = await team
      .client('VIEWER')
      .ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, { input: { name: 'script' } });
    const response = await download(app, path, { authorization: `Bearer ${createApiToken.secret}` });
    expect(response.status).toBe(403);
  });

  it('works for the owner, as a zip attachment nobody caches', async () => {
    const response = await download(app, path, { cookie: team.client('VIEWER').cookie as string });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="askbase-data-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Number(response.headers.get('content-length'))).toBe((await response.arrayBuffer()).byteLength);
  });
});

describe('asking again', () => {
  it('within a minute is RATE_LIMITED with retryAfterSeconds, and starts nothing', async () => {
    const client = app.client();
    const user = await signUp(client);
    const first = await client.ok<{ requestDataExport: { id: string; status: string } }>(REQUEST_EXPORT);
    expect(['PENDING', 'RUNNING', 'READY']).toContain(first.requestDataExport.status);
    const second = await client.request(REQUEST_EXPORT);
    expect(codeOf(second)).toBe('RATE_LIMITED');
    const retryAfter = second.errors?.[0]?.extensions?.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const rows = await app.sql('select id from data_exports where user_id = ?', [user.id]);
    expect(rows).toHaveLength(1);
    const jobs = await app.sql("select id from pgboss.job where name = 'data-export-build' and data->>'exportId' = ?", [
      first.requestDataExport.id,
    ]);
    expect(jobs).toHaveLength(1);
    expect(
      await app.sql(
        "select id from pgboss.job where name = 'data-export-build' and data->>'exportId' <> ? and data->>'exportId' in (select id::text from data_exports where user_id = ?)",
        [first.requestDataExport.id, user.id],
      ),
    ).toEqual([]);
  });

  it('two requests at once: one starts, the other is RATE_LIMITED', async () => {
    const client = app.client();
    const user = await signUp(client);
    const answers = await Promise.all([client.request(REQUEST_EXPORT), client.request(REQUEST_EXPORT)]);
    expect(answers.map((answer) => codeOf(answer) ?? 'OK').sort()).toEqual(['OK', 'RATE_LIMITED']);
    expect(await app.sql('select id from data_exports where user_id = ?', [user.id])).toHaveLength(1);
  });

  it('after a minute starts a new export that replaces the old one and its archive', async () => {
    const client = app.client();
    const user = await signUp(client);
    const first = await exportWhenReady(client);
    await app.sql("update data_exports set created_at = now() - interval '2 minutes' where id = ?", [first.id]);
    const second = await exportWhenReady(client);
    expect(second.id).not.toBe(first.id);
    expect(await app.sql('select id from data_exports where user_id = ?', [user.id])).toEqual([{ id: second.id }]);
    expect(await app.sql('select seq from data_export_chunks where export_id = ?', [first.id])).toEqual([]);
  });
});

describe('expiry after 7 days', () => {
  it('queues a cleanup job for the expiry; when it runs, the archive is deleted and the export is EXPIRED', async () => {
    const client = app.client();
    await signUp(client);
    const ready = await exportWhenReady(client);
    const days = (new Date(ready.expiresAt as string).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [job] = await app.sql<{ start_after: string }>('select start_after from pgboss.job where name = ? and data->>? = ?', [
      DATA_EXPORT_CLEANUP_JOB,
      'exportId',
      ready.id,
    ]);
    expect(Math.abs(new Date(job?.start_after ?? 0).getTime() - new Date(ready.expiresAt as string).getTime())).toBeLessThan(60_000);

    // Seven days later: the export's time is over and its job comes due.
    await app.sql("update data_exports set expires_at = now() - interval '1 second' where id = ?", [ready.id]);
    await app.sql("update pgboss.job set start_after = now() where name = ? and data->>'exportId' = ?", [
      DATA_EXPORT_CLEANUP_JOB,
      ready.id,
    ]);
    await waitFor(async () => (await app.sql('select 1 from data_export_chunks where export_id = ?', [ready.id])).length === 0, {
      description: 'the archive to be deleted',
      timeoutMs: 15_000,
    });
    const { dataExport } = await client.ok<{ dataExport: DataExportView }>(DATA_EXPORT);
    expect(dataExport).toEqual(expect.objectContaining({ id: ready.id, status: 'EXPIRED', downloadUrl: null }));
  });

  it('an expired link answers 410 Gone, even before the cleanup job ran', async () => {
    const client = app.client();
    await signUp(client);
    const ready = await exportWhenReady(client);
    await app.sql("update data_exports set expires_at = now() - interval '1 second' where id = ?", [ready.id]);
    const response = await download(app, ready.downloadUrl as string, { cookie: client.cookie as string });
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({
      errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND', reason: 'expired' } })],
    });
    expect(await app.sql('select 1 from data_export_chunks where export_id = ?', [ready.id])).toEqual([]);
  });
});

describe('batched reads', () => {
  it('reads conversations and their messages in a fixed number of queries, however many conversations there are', async () => {
    const countFor = async (conversations: number) => {
      const client = app.client();
      const user = await signUp(client);
      const [membership] = await app.sql<{ workspace_id: string }>('select workspace_id from memberships where user_id = ?', [user.id]);
      for (let index = 0; index < conversations; index++) {
        const [row] = await app.sql<{ id: string }>(
          "insert into conversations (id, workspace_id, user_id, title, favorite, created_at, updated_at) values (gen_random_uuid(), ?, ?, 'Q', false, now(), now()) returning id",
          [membership?.workspace_id, user.id],
        );
        await app.sql(
          "insert into messages (id, conversation_id, workspace_id, role, content, status, created_at, heartbeat_at) values (gen_random_uuid(), ?, ?, 'USER', 'Hello?', 'DONE', now(), now())",
          [row?.id, membership?.workspace_id],
        );
      }
      app.resetQueries();
      await exportWhenReady(client);
      return app.queries.filter((query) => /from "(conversations|messages)"/.test(query)).length;
    };
    const few = await countFor(1);
    const many = await countFor(25);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('who may', () => {
  it('refuses anonymous callers, and API tokens (full or read-only) both ways', async () => {
    const anonymous = app.client();
    expect(codeOf(await anonymous.request(REQUEST_EXPORT))).toBe('UNAUTHENTICATED');
    expect(codeOf(await anonymous.request(DATA_EXPORT))).toBe('UNAUTHENTICATED');
    for (const readOnly of [false, true]) {
      const owner = app.client();
      const user = await signUp(owner);
      const { createApiToken } = await owner.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, {
        input: { name: 'script', readOnly },
      });
      const script = app.client();
      script.bearer = createApiToken.secret;
      expect(codeOf(await script.request(REQUEST_EXPORT))).toBe('FORBIDDEN');
      expect(codeOf(await script.request(DATA_EXPORT))).toBe('FORBIDDEN');
      expect(await app.sql('select id from data_exports where user_id = ?', [user.id])).toEqual([]);
    }
  });
});

describe('the size cap', () => {
  it('fails an archive that grows past it, and keeps none of it', async () => {
    const client = app.client();
    const user = await signUp(client);
    const [row] = await app.sql<{ id: string }>(
      "insert into data_exports (id, user_id, status, progress, created_at) values (gen_random_uuid(), ?, 'PENDING', 0, now()) returning id",
      [user.id],
    );
    // The job queue is never reached on this path: a failed export queues no mail and no cleanup.
    const unreachable = new Proxy({}, { get: () => () => Promise.reject(new Error('no job expected')) }) as JobQueue;
    const service = new DataExportService({
      em: app.orm.em.fork(),
      jobs: unreachable,
      mailer: new Mailer(unreachable),
      appUrl: app.config.appUrl,
      maxBytes: 300,
    });
    const failure = await service.build(row?.id as string);
    expect(String(failure)).toMatch(/larger than 300 bytes/);
    expect(await app.sql('select status, size_bytes from data_exports where id = ?', [row?.id])).toEqual([
      { status: 'FAILED', size_bytes: null },
    ]);
    expect(await app.sql('select seq from data_export_chunks where export_id = ?', [row?.id])).toEqual([]);
    const { dataExport } = await client.ok<{ dataExport: DataExportView }>(DATA_EXPORT);
    expect(dataExport).toEqual(expect.objectContaining({ status: 'FAILED', downloadUrl: null }));
  });
});

describe('the sections', () => {
  it('each have their own file name', () => {
    const names = exportSections.map((section) => section.file);
    expect(new Set([...names, 'manifest.json']).size).toBe(names.length + 1);
  });
});
