import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpVerified } from '../factories';
import { openSubscription } from '../graphql-client';
import { startTestApp, type TestApp } from '../harness';
import { createTeam, type Team } from '../team';

// Issue 8, item 10: a NUL byte in 8 text fields reached PostgreSQL, which refused it: INTERNAL_SERVER_ERROR.

const NUL = 'bad\u0000text';

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
});

const cases: Array<[field: string, query: string, variables: () => Record<string, unknown>]> = [
  [
    'question',
    'mutation($w: ID!, $q: String!) { askCopilot(input: { workspaceId: $w, question: $q }) { answer { id } } }',
    () => ({ w: team.own.workspace.id, q: NUL }),
  ],
  ['name', 'mutation($n: String!) { createWorkspace(input: { name: $n }) { id } }', () => ({ n: NUL })],
  [
    'name',
    'mutation($id: ID!, $n: String!) { updateWorkspace(id: $id, input: { name: $n }) { id } }',
    () => ({ id: team.own.workspace.id, n: NUL }),
  ],
  [
    'title',
    'mutation($id: ID!, $t: String!) { renameConversation(id: $id, title: $t) { id } }',
    () => ({ id: team.own.conversation.id, t: NUL }),
  ],
  [
    'title',
    'mutation($w: ID!, $t: String!) { addDocument(workspaceId: $w, input: { title: $t, text: "# Hello" }) { id } }',
    () => ({ w: team.own.workspace.id, t: NUL }),
  ],
  [
    'text',
    'mutation($w: ID!, $t: String!) { addDocument(workspaceId: $w, input: { text: $t }) { id } }',
    () => ({ w: team.own.workspace.id, t: NUL }),
  ],
  [
    'search',
    'query($w: ID!, $s: String!) { documents(workspaceId: $w, search: $s) { totalCount } }',
    () => ({ w: team.own.workspace.id, s: NUL }),
  ],
  [
    'search',
    'query($w: ID!, $s: String!) { conversations(workspaceId: $w, search: $s) { totalCount } }',
    () => ({ w: team.own.workspace.id, s: NUL }),
  ],
  [
    'email',
    'mutation($w: ID!, $e: String!) { inviteMember(workspaceId: $w, email: $e, role: MEMBER) { id } }',
    () => ({ w: team.own.workspace.id, e: `a${NUL}@example.com` }),
  ],
];

describe('text inputs with a NUL byte', () => {
  it.each(cases)('refuses %s as BAD_USER_INPUT naming the field', async (field, query, variables) => {
    const result = await team.client('OWNER').request(query, variables());
    expect(result.status).toBe(200);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
  });

  it('refuses one written into the document itself, and lets ordinary text through', async () => {
    const literal = await team.client('OWNER').request('mutation { createWorkspace(input: { name: "bad\\u0000name" }) { id } }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name' }] });
    const fine = await team.client('OWNER').request('mutation($n: String!) { createWorkspace(input: { name: $n }) { name } }', {
      n: 'Tabs\tand ünïcødé 🎉',
    });
    expect(fine.data).toEqual({ createWorkspace: { name: 'Tabs\tand ünïcødé 🎉' } });
  });

  it('refuses it over WebSocket too', async () => {
    const client = app.client();
    await signUpVerified(app, client);
    const ws = client.websocket();
    const subscription = openSubscription(ws, 'query($n: String!) { documents(workspaceId: $n) { totalCount } }', { n: NUL });
    const next = await subscription.next();
    await ws.dispose();
    expect((next.error as Array<{ extensions?: Record<string, unknown> }>)[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
