import { randomBytes, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { AVATAR_MAX_BYTES } from './avatar-image';

const UPDATE = /* GraphQL */ `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id name avatarUrl } }`;
const ME = /* GraphQL */ `{ me { id name avatarUrl } }`;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;
const MEMBERS = /* GraphQL */ `query($slug: String!) { workspace(slug: $slug) { members { edges { node { user { id avatarUrl } } } } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

interface AvatarAnswer {
  status: number;
  body: { avatarUrl?: string | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POST /avatar as the profile page sends it; the name and declared type are whatever the test says. */
async function postAvatar(
  client: GraphQLTestClient,
  file: { bytes: Buffer | string; filename?: string; type?: string },
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<AvatarAnswer> {
  const form = new FormData();
  const bytes = typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes);
  form.append('file', new Blob([bytes], { type: file.type ?? 'image/png' }), file.filename ?? 'avatar.png');
  const response = await fetch(`${client.baseUrl}/avatar`, {
    method: 'POST',
    headers: {
      ...headers,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.bearer ? { authorization: `Bearer ${client.bearer}` } : {}),
    },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as AvatarAnswer['body'] };
}

async function getAvatar(client: GraphQLTestClient | null, url: string) {
  const response = await fetch(`${app.url}${url}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const image = (width: number, height: number, background = { r: 40, g: 120, b: 200 }) =>
  sharp({ create: { width, height, channels: 3, background } });

async function signedIn() {
  const client = app.client();
  const user = await signUp(client);
  return { client, user };
}

const avatarRows = async (userId: string) =>
  app.sql<{ content_hash: string }>('select content_hash from user_avatars where user_id = ?', [userId]);

describe('updateProfile', () => {
  it('changes the name (trimmed), and `me` shows it', async () => {
    const { client } = await signedIn();
    const { updateProfile } = await client.ok<{ updateProfile: { name: string } }>(UPDATE, { input: { name: '  Ada Lovelace  ' } });
    expect(updateProfile.name).toBe('Ada Lovelace');
    expect((await client.ok<{ me: { name: string } }>(ME)).me.name).toBe('Ada Lovelace');
  });

  it('refuses a blank or over-long name on the field, and changes nothing', async () => {
    const { client, user } = await signedIn();
    for (const name of ['   ', 'x'.repeat(101)]) {
      const { errors } = await client.request(UPDATE, { input: { name } });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(errors?.[0]?.extensions?.fieldErrors)).toContain('name');
    }
    expect((await app.sql<{ name: string }>('select name from users where id = ?', [user.id]))[0]?.name).toBe(user.name);
  });

  it('is refused anonymously (UNAUTHENTICATED) and to an API token (FORBIDDEN)', async () => {
    const { client, user } = await signedIn();
    expect((await app.client().request(UPDATE, { input: { name: 'Mallory' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { createApiToken } = await client.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, { input: { name: 'script' } });
    const tokenClient = app.client();
    tokenClient.bearer = createApiToken.secret;
    expect((await tokenClient.request(UPDATE, { input: { name: 'Mallory' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await postAvatar(tokenClient, { bytes: await image(64, 64).png().toBuffer() })).status).toBe(403);
    expect((await app.sql<{ name: string }>('select name from users where id = ?', [user.id]))[0]?.name).toBe(user.name);
    expect(await avatarRows(user.id)).toEqual([]);
  });
});

describe('POST /avatar', () => {
  it('turns a PNG, a JPEG with EXIF and GPS, and a WebP into a 256 px WebP without metadata', async () => {
    const { client, user } = await signedIn();
    const inputs = {
      png: await image(640, 480).png().toBuffer(),
      jpeg: await image(300, 900, { r: 200, g: 30, b: 30 })
        .jpeg()
        .withExif({ IFD0: { Artist: 'Secret Artist', Copyright: 'secret' }, IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' } })
        .toBuffer(),
      webp: await image(256, 256, { r: 10, g: 200, b: 60 }).webp().toBuffer(),
    };
    expect((await sharp(inputs.jpeg).metadata()).exif).toBeDefined();
    const urls: string[] = [];
    for (const [format, bytes] of Object.entries(inputs)) {
      // The declared type and name lie on purpose: only the content counts.
      const answer = await postAvatar(client, { bytes, filename: 'whatever.bin', type: 'application/octet-stream' });
      expect(answer.status, format).toBe(200);
      const avatarUrl = answer.body.avatarUrl as string;
      expect(avatarUrl).toMatch(new RegExp(`^/avatars/${user.id}/[0-9a-f]{64}\\.webp$`));
      expect((await client.ok<{ me: { avatarUrl: string } }>(ME)).me.avatarUrl).toBe(avatarUrl);

      const served = await getAvatar(client, avatarUrl);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('cache-control')).toContain('private');
      const metadata = await sharp(served.bytes).metadata();
      expect({ format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({
        format: 'webp',
        width: 256,
        height: 256,
      });
      expect({ exif: metadata.exif, icc: metadata.icc, xmp: metadata.xmp }).toEqual({ exif: undefined, icc: undefined, xmp: undefined });
      expect(served.bytes.includes(Buffer.from('Secret Artist'))).toBe(false);
      urls.push(avatarUrl);
    }
    // One row per user; each picture its own URL, and the replaced ones are gone.
    expect(await avatarRows(user.id)).toHaveLength(1);
    expect(new Set(urls).size).toBe(3);
    expect((await getAvatar(client, urls[0] as string)).status).toBe(404);
  });

  describe('refuses, and keeps the current avatar', () => {
    let client: GraphQLTestClient;
    let userId: string;
    let currentUrl: string;
    beforeAll(async () => {
      const signed = await signedIn();
      client = signed.client;
      userId = signed.user.id;
      const answer = await postAvatar(client, { bytes: await image(100, 100).png().toBuffer() });
      currentUrl = answer.body.avatarUrl as string;
    });
    const expectUnchanged = async () => {
      expect((await client.ok<{ me: { avatarUrl: string } }>(ME)).me.avatarUrl).toBe(currentUrl);
      expect((await avatarRows(userId)).map((row) => `/avatars/${userId}/${row.content_hash}.webp`)).toEqual([currentUrl]);
    };

    it('a renamed executable', async () => {
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), randomBytes(4000)]);
      const answer = await postAvatar(client, { bytes: elf, filename: 'me.png', type: 'image/png' });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file' }] });
      await expectUnchanged();
    });

    it('an SVG, with a script or without', async () => {
      for (const svg of [
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(document.cookie)</script></svg>',
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64"/></svg>',
      ]) {
        const answer = await postAvatar(client, { bytes: svg, filename: 'me.png', type: 'image/png' });
        expect(answer.status).toBe(400);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      await expectUnchanged();
    });

    it('a GIF, and a PNG signature on something else', async () => {
      const gif = await image(64, 64).gif().toBuffer();
      expect((await postAvatar(client, { bytes: gif, filename: 'me.gif', type: 'image/gif' })).status).toBe(400);
      const fakePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1000)]);
      expect((await postAvatar(client, { bytes: fakePng })).status).toBe(400);
      await expectUnchanged();
    });

    it('a 10,000 × 10,000 image bomb (small on the wire), before decoding it', async () => {
      const bomb = await image(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer();
      expect(bomb.length).toBeLessThan(AVATAR_MAX_BYTES);
      const answer = await postAvatar(client, { bytes: bomb });
      // The pixel-count refusal, which only the header check (or libvips' limitInputPixels) gives: nothing was decoded.
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.message).toMatch(/at most 25 megapixels/);
      await expectUnchanged();
    });

    it('over 2 MB, with a Content-Length or chunked, without reading it whole', async () => {
      const big = Buffer.concat([await image(64, 64).png().toBuffer(), randomBytes(AVATAR_MAX_BYTES)]);
      const answer = await postAvatar(client, { bytes: big });
      expect(answer.status).toBe(413);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: AVATAR_MAX_BYTES });
      // A body with no length: the stream is cut past 2 MB.
      const chunked = new ReadableStream<Uint8Array>({
        start(controller) {
          const boundary = '----avatar';
          controller.enqueue(
            new TextEncoder().encode(
              `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="a.png"\r\ncontent-type: image/png\r\n\r\n`,
            ),
          );
          for (let sent = 0; sent < AVATAR_MAX_BYTES + 512 * 1024; sent += 64 * 1024) controller.enqueue(new Uint8Array(64 * 1024));
          controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
          controller.close();
        },
      });
      const response = await fetch(`${app.url}/avatar`, {
        method: 'POST',
        headers: {
          'apollo-require-preflight': 'true',
          cookie: client.cookie ?? '',
          'content-type': 'multipart/form-data; boundary=----avatar',
        },
        body: chunked,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      await expectUnchanged();
    });

    it('without a session (401), without the CSRF header (400), or with no file (400)', async () => {
      const png = await image(64, 64).png().toBuffer();
      expect((await postAvatar(app.client(), { bytes: png })).status).toBe(401);
      expect((await postAvatar(client, { bytes: png }, {})).status).toBe(400);
      const empty = await fetch(`${app.url}/avatar`, {
        method: 'POST',
        headers: { 'apollo-require-preflight': 'true', cookie: client.cookie ?? '' },
        body: new FormData(),
      });
      expect(empty.status).toBe(400);
      await expectUnchanged();
    });
  });

  it('is rate limited per user (20 an hour)', async () => {
    const { client } = await signedIn();
    const png = await image(8, 8).png().toBuffer();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await postAvatar(client, { bytes: png })).status);
    expect(statuses.slice(0, 20).every((status) => status === 200)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});

describe('GET /avatars/…', () => {
  it('serves teammates and the owner; refuses strangers (404) and anonymous callers (401)', async () => {
    const owner = await signedIn();
    const teammate = await signedIn();
    const stranger = await signedIn();
    const workspaceId = await workspaceOf(owner.client);
    const slug = (await app.sql<{ slug: string }>('select slug from workspaces where id = ?', [workspaceId]))[0]?.slug;
    await app.sql("insert into memberships (id, workspace_id, user_id, role, created_at) values (?, ?, ?, 'MEMBER', now())", [
      randomUUID(),
      workspaceId,
      teammate.user.id,
    ]);
    const url = (await postAvatar(owner.client, { bytes: await image(300, 300).png().toBuffer() })).body.avatarUrl as string;

    expect((await getAvatar(owner.client, url)).status).toBe(200);
    expect((await getAvatar(teammate.client, url)).status).toBe(200);
    expect((await getAvatar(stranger.client, url)).status).toBe(404);
    expect((await getAvatar(null, url)).status).toBe(401);
    // A made-up hash or user is the same 404.
    expect((await getAvatar(owner.client, url.replace(/[0-9a-f]{64}/, '0'.repeat(64)))).status).toBe(404);
    expect((await getAvatar(owner.client, `/avatars/not-a-uuid/${'0'.repeat(64)}.webp`)).status).toBe(404);

    // An API token sees what its workspace restriction allows: the shared workspace's member's picture, or nothing.
    const tokenFor = async (restrictedTo: string) =>
      (
        await teammate.client.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, {
          input: { name: `avatar ${restrictedTo}`, workspaceId: restrictedTo },
        })
      ).createApiToken.secret;
    const byToken = (secret: string) => fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${secret}` } });
    expect((await byToken(await tokenFor(workspaceId))).status).toBe(200);
    const teammatesOwn = (
      await app.sql<{ id: string }>('select workspace_id as id from memberships where user_id = ? and workspace_id <> ?', [
        teammate.user.id,
        workspaceId,
      ])
    )[0]?.id as string;
    expect((await byToken(await tokenFor(teammatesOwn))).status).toBe(404);

    // Member lists carry the picture's URL.
    const { workspace } = await teammate.client.ok<{
      workspace: { members: { edges: Array<{ node: { user: { id: string; avatarUrl: string | null } } }> } };
    }>(MEMBERS, { slug });
    expect(workspace.members.edges.map((edge) => edge.node.user)).toContainEqual({ id: owner.user.id, avatarUrl: url });
  });

  it('removeAvatar deletes the picture: the URL answers 404 and avatarUrl is null', async () => {
    const { client, user } = await signedIn();
    const url = (await postAvatar(client, { bytes: await image(64, 64).png().toBuffer() })).body.avatarUrl as string;
    const { updateProfile } = await client.ok<{ updateProfile: { avatarUrl: string | null; name: string } }>(UPDATE, {
      input: { removeAvatar: true },
    });
    expect(updateProfile).toMatchObject({ avatarUrl: null, name: user.name });
    expect((await getAvatar(client, url)).status).toBe(404);
    expect(await avatarRows(user.id)).toEqual([]);
  });
});
