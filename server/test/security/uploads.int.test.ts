import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_LIMITS, PlanId } from '../../src/modules/billing/plans';
import { ADD_DOCUMENT } from '../copilot';
import { startTestApp, type TestApp } from '../harness';
import { createTeam, type Team } from '../team';
import { postUpload, streamUpload, uploadOk } from '../uploads';

const NOTES = '# Notes\n\nThe office opens at nine.';
const FREE_MAX = PLAN_LIMITS[PlanId.FREE].documentBytes;

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
});

const uploadCount = async (workspaceId: string) =>
  Number((await app.sql<{ n: string }>('select count(*) as n from uploads where workspace_id = ?', [workspaceId]))[0]?.n);

describe('POST /uploads refuses before reading the body', () => {
  it('answers 401 UNAUTHENTICATED without a session or token', async () => {
    const { status, body } = await postUpload(app.client(), team.own.workspace.id, { filename: 'notes.md', bytes: NOTES });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 400 without the CSRF-safe header, as Apollo does for /graphql (a cross-site form cannot set it)', async () => {
    const { status, body } = await postUpload(team.client('MEMBER'), team.own.workspace.id, { filename: 'notes.md', bytes: NOTES }, {});
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
    expect(await uploadCount(team.own.workspace.id)).toBe(0);
  });

  it('answers 403 FORBIDDEN to a VIEWER and 404 NOT_FOUND to a non-member (ids reveal nothing)', async () => {
    const viewer = await postUpload(team.client('VIEWER'), team.own.workspace.id, { filename: 'notes.md', bytes: NOTES });
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await postUpload(team.client('OUTSIDER'), team.own.workspace.id, { filename: 'notes.md', bytes: NOTES });
    expect(outsider.status).toBe(404);
    expect(outsider.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await postUpload(team.client('MEMBER'), 'not-a-uuid', { filename: 'notes.md', bytes: NOTES });
    expect(unknown.status).toBe(404);
    expect(await uploadCount(team.own.workspace.id)).toBe(0);
  });

  it('answers 413 PLAN_LIMIT_REACHED on a Content-Length over the plan, with the body still unsent', async () => {
    // 64 KB of a declared 5 MB are sent and the body is never finished: only the declared length can explain an answer.
    const result = await streamUpload(team.client('MEMBER'), team.own.workspace.id, 64 * 1024, 5_000_000);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).errors[0].extensions).toMatchObject({
      code: 'PLAN_LIMIT_REACHED',
      limit: 'documentBytes',
      max: FREE_MAX,
    });
    expect(result.connection).toBe('close');
  });

  it('cuts off a chunked body (no Content-Length) the moment the file passes the plan, storing nothing', async () => {
    const total = 64 * 1024 * 1024;
    const result = await streamUpload(team.client('MEMBER'), team.own.workspace.id, total);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body).errors[0].extensions).toMatchObject({ code: 'PLAN_LIMIT_REACHED', limit: 'documentBytes' });
    // The answer came just past 1 MB, not after the body (a parser left to finish the part answers 400 at 64 MB), and
    // the connection closed with it: writing on after the answer, the client got only socket buffers more through.
    expect(result.bytesWritten).toBeLessThan(total / 4);
    expect(result.connection).toBe('close');
    expect(await uploadCount(team.own.workspace.id)).toBe(0);
    // And it keeps serving.
    expect((await team.client('MEMBER').request('{ me { id } }')).status).toBe(200);
  });

  it('accepts a file of exactly the plan’s limit', async () => {
    const { status, body } = await postUpload(team.client('MEMBER'), team.own.workspace.id, {
      filename: 'exact.txt',
      bytes: Buffer.alloc(FREE_MAX, 'a'),
    });
    expect(status).toBe(201);
    expect(body.sizeBytes).toBe(FREE_MAX);
    await app.sql('delete from uploads where id = ?', [body.uploadId]);
  });
});

describe('addDocument with an uploadId', () => {
  it('refuses someone else’s upload (another member, another tenant) as NOT_FOUND and leaves it to its uploader', async () => {
    const workspaceId = team.own.workspace.id;
    const uploadId = await uploadOk(team.client('MEMBER'), workspaceId, 'notes.md', NOTES);
    const byAdmin = await team.client('ADMIN').request(ADD_DOCUMENT, { workspaceId, input: { uploadId } });
    expect(byAdmin.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'unknown' });
    const byOutsider = await team.client('OUTSIDER').request(ADD_DOCUMENT, { workspaceId: team.foreign.workspace.id, input: { uploadId } });
    expect(byOutsider.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    // The uploader, in another workspace of theirs, is refused too: an upload belongs to the workspace it was sent to.
    const outsiderUpload = await uploadOk(team.client('OUTSIDER'), team.foreign.workspace.id, 'notes.md', NOTES);
    const crossed = await team.client('OUTSIDER').request(ADD_DOCUMENT, { workspaceId: team.foreign.workspace.id, input: { uploadId } });
    expect(crossed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byMemberElsewhere = await team.client('MEMBER').request(ADD_DOCUMENT, { workspaceId, input: { uploadId: outsiderUpload } });
    expect(byMemberElsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const own = await team.client('MEMBER').ok<{ addDocument: { status: string } }>(ADD_DOCUMENT, { workspaceId, input: { uploadId } });
    expect(own.addDocument.status).toBe('READY');
  });

  it('refuses an expired upload (BAD_USER_INPUT on uploadId) and purges it; new uploads purge expired ones', async () => {
    const workspaceId = team.own.workspace.id;
    const member = team.client('MEMBER');
    const expired = await uploadOk(member, workspaceId, 'notes.md', NOTES);
    const other = await uploadOk(member, workspaceId, 'other.md', NOTES);
    await app.sql(`update uploads set expires_at = now() - interval '1 minute' where id in (?, ?)`, [expired, other]);
    const result = await member.request(ADD_DOCUMENT, { workspaceId, input: { uploadId: expired } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'expired',
      fieldErrors: [{ field: 'uploadId' }],
    });
    expect(await app.sql('select 1 from uploads where id = ?', [expired])).toEqual([]);
    const fresh = await uploadOk(member, workspaceId, 'fresh.md', NOTES);
    expect(await app.sql<{ id: string }>('select id from uploads where workspace_id = ?', [workspaceId])).toEqual([{ id: fresh }]);
    await app.sql('delete from uploads where id = ?', [fresh]);
  });

  it('turns one upload into one document, even when named by two calls at once', async () => {
    const workspaceId = team.own.workspace.id;
    const member = team.client('MEMBER');
    const uploadId = await uploadOk(member, workspaceId, 'once.md', '# Once\n\nOnly one document comes of this.');
    const results = await Promise.all([1, 2].map(() => member.request(ADD_DOCUMENT, { workspaceId, input: { uploadId } })));
    expect(results.filter((r) => r.data?.addDocument)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'NOT_FOUND')).toHaveLength(1);
    expect(await app.sql(`select 1 from documents where workspace_id = ? and title = 'Once'`, [workspaceId])).toHaveLength(1);
  });
});

describe('/graphql body cap', () => {
  it('refuses a JSON body over 1 MB with 413 PAYLOAD_TOO_LARGE in GraphQL error shape, and keeps answering', async () => {
    const member = team.client('MEMBER');
    const contentBase64 = Buffer.alloc(900_000, 'a').toString('base64');
    const big = await member.request(ADD_DOCUMENT, {
      workspaceId: team.own.workspace.id,
      input: { file: { filename: 'big.txt', contentBase64 } },
    });
    expect(big.status).toBe(413);
    expect(big.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', maxBytes: 1024 * 1024 });
    expect(big.errors?.[0]?.message).toMatch(/POST \/uploads/);
    const me = await member.request<{ me: { id: string } }>('{ me { id } }');
    expect(me.status).toBe(200);
    expect(me.data?.me.id).toBeTruthy();
  });
});
