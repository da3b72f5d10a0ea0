import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, readStream, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';

const HANDBOOK_PDF = readFileSync(path.join(__dirname, '../knowledge/ingest/testing/fixtures/handbook.pdf'));

const CITATIONS = /* GraphQL */ `query($id: ID!) {
  conversation(id: $id) {
    messages { edges { node { id citations { index passage quotes page passagePosition document { id } } } } }
  }
}`;
const PASSAGE = /* GraphQL */ `query($id: ID!, $position: Int!) {
  document(id: $id) { id passage(position: $position) { position heading page content } }
}`;

interface CitationView {
  index: number;
  passage: string;
  quotes: string[];
  page: number | null;
  passagePosition: number | null;
  document: { id: string } | null;
}

const squash = (text: string) => text.replace(/\s+/g, '');

let app: TestApp;
let client: GraphQLTestClient;
let workspaceId: string;

beforeAll(async () => {
  app = await startTestApp();
  client = app.client();
  await signUp(client);
  workspaceId = await workspaceOf(client);
  await client.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Customer policies', text: REFUND_POLICY } });
  await client.ok(ADD_DOCUMENT, {
    workspaceId,
    input: { file: { filename: 'handbook.pdf', contentBase64: HANDBOOK_PDF.toString('base64') } },
  });
});
afterAll(async () => {
  await app.close();
});

type Asked = { askCopilot: { conversation: { id: string }; answer: { id: string } } };

/** The answer's citations as a client reads them later, from the stored message. */
async function storedCitations(asked: Asked): Promise<CitationView[]> {
  const { conversation } = await client.ok<{
    conversation: { messages: { edges: Array<{ node: { id: string; citations: CitationView[] } }> } };
  }>(CITATIONS, { id: asked.askCopilot.conversation.id });
  return conversation.messages.edges.find((edge) => edge.node.id === asked.askCopilot.answer.id)?.node.citations ?? [];
}

async function answer(question: string): Promise<CitationView[]> {
  const asked = await client.ok<Asked>(ASK, { input: { workspaceId, question } });
  const { events } = await readStream(client, asked.askCopilot.answer.id);
  expect(events.at(-1)?.status).toBe('DONE');
  return storedCitations(asked);
}

describe('citations a reader can check', () => {
  it('carry the quoted sentences, found in their passage, and a position that leads back to that passage', async () => {
    const [citation] = await answer('How long do refunds take?');
    expect(citation?.quotes.length).toBeGreaterThan(0);
    expect(citation?.quotes.join(' ')).toMatch(/5 business days/);
    for (const quote of citation?.quotes ?? []) expect(squash(citation?.passage ?? '')).toContain(squash(quote));
    expect(citation?.page).toBeNull();
    expect(citation?.passagePosition).toEqual(expect.any(Number));

    const { document } = await client.ok<{ document: { passage: { position: number; content: string; page: number | null } | null } }>(
      PASSAGE,
      { id: citation?.document?.id, position: citation?.passagePosition },
    );
    expect(document.passage).toMatchObject({ position: citation?.passagePosition, content: citation?.passage, page: null });
    const missing = await client.ok<{ document: { passage: unknown } }>(PASSAGE, { id: citation?.document?.id, position: 999 });
    expect(missing.document.passage).toBeNull();
  });

  it('say the PDF page the passage starts on', async () => {
    const [citation] = await answer('How many days of paid vacation does an employee receive?');
    expect(citation?.passage).toMatch(/25 days of paid vacation/);
    expect(citation?.page).toBe(1);
    expect(citation?.quotes.join(' ')).toMatch(/25 days of paid vacation/);
  });

  it('read as having no quotes, page or position in answers stored before they existed', async () => {
    const asked = await client.ok<Asked>(ASK, { input: { workspaceId, question: 'Where do orders ship from?' } });
    await readStream(client, asked.askCopilot.answer.id);
    await app.sql(
      `update messages set citations = (select jsonb_agg(c - 'quotes' - 'page' - 'position') from jsonb_array_elements(citations) c) where id = ?`,
      [asked.askCopilot.answer.id],
    );
    const [citation] = await storedCitations(asked);
    expect(citation).toMatchObject({ quotes: [], page: null, passagePosition: null });
  });

  it("does not show another workspace's passages", async () => {
    const [citation] = await answer('How long do refunds take?');
    const stranger = app.client();
    await signUp(stranger);
    const { document } = await stranger.ok<{ document: unknown }>(PASSAGE, { id: citation?.document?.id, position: 0 });
    expect(document).toBeNull();
  });
});
