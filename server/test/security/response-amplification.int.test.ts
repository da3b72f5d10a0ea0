import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_PREVIEW_CHARS } from '../../src/modules/knowledge/knowledge.resolver';
import { startTestApp, type TestApp } from '../harness';
import { createTeam, type Team } from '../team';

// Issue 8, item 3: 30 aliases of conversation → messages → citations → document { text } answered 217 MB.

const LONG_TEXT = `# Policies\n\n${'Refunds take 5 days. '.repeat(10_000)}`; // ~210 KB
const CITED_TEXTS = /* GraphQL */ `query($id: ID!) {
  conversation(id: $id) { messages { edges { node { citations { document { text } } } } } }
}`;
const DOCUMENT_TEXT = /* GraphQL */ `query($id: ID!) { document(id: $id) { text } }`;

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ RESPONSE_MAX_BYTES: String(500_000) });
  team = await createTeam(app);
  await app.sql('update documents set content = ? where id = ?', [LONG_TEXT, team.own.document.id]);
});
afterAll(async () => {
  await app.close();
});

describe('large texts', () => {
  it('reach a citation as a preview only', async () => {
    const data = await team.client('MEMBER').ok<{
      conversation: { messages: { edges: Array<{ node: { citations: Array<{ document: { text: string } }> } }> } };
    }>(CITED_TEXTS, { id: team.own.conversation.id });
    const texts = data.conversation.messages.edges.flatMap((edge) => edge.node.citations.map((citation) => citation.document.text));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toHaveLength(TEXT_PREVIEW_CHARS + 1);
    expect(texts[0]?.endsWith('…')).toBe(true);
  });

  it("come in full through the document's own query", async () => {
    const data = await team.client('MEMBER').ok<{ document: { text: string } }>(DOCUMENT_TEXT, { id: team.own.document.id });
    expect(data.document.text).toBe(LONG_TEXT);
  });
});

describe('the response size cap', () => {
  it('replaces a result above RESPONSE_MAX_BYTES with BAD_USER_INPUT', async () => {
    const aliases = Array.from({ length: 3 }, (_, i) => `d${i}: document(id: $id) { text }`).join(' ');
    const result = await team.client('MEMBER').request(`query($id: ID!) { ${aliases} }`, { id: team.own.document.id });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/^The response would be 0\.6 MB; the limit is 0\.5 MB/);
  });
});
