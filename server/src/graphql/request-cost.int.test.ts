import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { createTeam } from '../../test/team';

// Issue 13, item 1: what one request costs in SQL. Statements are counted, not timed (timing is `npm run bench`).

/** The members page's query, as bench/http/api.ts sends it under load. */
const MEMBERS_PAGE = /* GraphQL */ `query WorkspaceMembers($slug: String!) {
  me { id name email }
  workspace(slug: $slug) { id name slug members(first: 20) { totalCount edges { node { id role joinedAt user { id name email avatarUrl } } } } }
}`;

const sessionWrites = (statements: string[]) => statements.filter((sql) => /^\[query\] update "sessions"/.test(sql));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('SQL per request', () => {
  it('answers { __typename } without a statement', async () => {
    app.resetQueries();
    expect(await app.client().ok('{ __typename }')).toEqual({ __typename: 'Query' });
    expect(app.requestQueries).toEqual([]);
  });

  it('reads a signed-in members page in four statements: session, membership, count, members with their users', async () => {
    const team = await createTeam(app);
    const client = team.client('OWNER');
    await client.ok(MEMBERS_PAGE, { slug: team.own.workspace.slug });
    app.resetQueries();
    const data = await client.ok<{ workspace: { members: { edges: Array<{ node: { user: { name: string } } }> } } }>(MEMBERS_PAGE, {
      slug: team.own.workspace.slug,
    });
    expect(data.workspace.members.edges.map(({ node }) => node.user.name)).toHaveLength(5);
    // The users came with the members: the user loader must not read them again.
    expect(app.requestQueries, app.requestQueries.join('\n')).toHaveLength(4);
    expect(app.requestQueries.filter((sql) => /^\[query\] select [^\n]* from "users" as "u0" where/.test(sql))).toEqual([]);
  });

  it('writes a session last-seen time once for two requests within a minute', async () => {
    const team = await createTeam(app);
    const client = team.client('MEMBER');
    // Last seen two minutes ago: the next request is due to record it, the one after is not.
    await app.sql(`update sessions set last_seen_at = now() - interval '2 minutes' where user_id = ?`, [team.people.MEMBER.id]);
    app.resetQueries();
    await client.ok('{ me { id } }');
    await client.ok('{ me { id } }');
    expect(sessionWrites(app.requestQueries)).toHaveLength(1);
  });
});
