import type { GraphQLTestClient } from './graphql-client';
import { openSubscription } from './graphql-client';

export const ADD_DOCUMENT = /* GraphQL */ `mutation($workspaceId: ID!, $input: AddDocumentInput!) {
  addDocument(workspaceId: $workspaceId, input: $input) { id title status chunkCount }
}`;
export const ASK = /* GraphQL */ `mutation($input: AskInput!) {
  askCopilot(input: $input) { conversation { id title } question { id content } answer { id status } }
}`;
export const ANSWER_STREAM = /* GraphQL */ `subscription($messageId: ID!, $afterSeq: Int) {
  answerStream(messageId: $messageId, afterSeq: $afterSeq) { seq delta status error citations { index passage documentTitle document { id } } }
}`;

export interface StreamedEvent {
  seq: number;
  delta: string | null;
  status: string;
  error: string | null;
  citations: Array<{ index: number; passage: string; documentTitle: string; document: { id: string } | null }> | null;
}

export const REFUND_POLICY = `# Refund policy

Customers can ask for a refund within 30 days of purchase. Refunds are paid back to the original payment method within 5 business days.

## Damaged items

If an item arrives damaged, send a photo to support@example.com and we ship a replacement at no cost.

# Shipping

Orders ship from our warehouse in Lyon. Standard delivery takes 3 to 5 days in Europe.`;

export async function workspaceOf(client: GraphQLTestClient): Promise<string> {
  const { workspaces } = await client.ok<{ workspaces: Array<{ id: string }> }>('{ workspaces { id } }');
  const [first] = workspaces;
  if (!first) throw new Error('this user has no workspace');
  return first.id;
}

/** Reads an answer's stream until it ends (or `limit` events, then stops reading). */
export async function readStream(client: GraphQLTestClient, messageId: string, afterSeq?: number, limit = Number.POSITIVE_INFINITY) {
  const ws = client.websocket();
  const stream = openSubscription<{
    data?: { answerStream: StreamedEvent };
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  }>(ws, ANSWER_STREAM, { messageId, afterSeq });
  const events: StreamedEvent[] = [];
  let errors: Array<{ message: string; extensions?: { code?: string } }> | undefined;
  while (events.length < limit) {
    const next = await stream.next();
    if (next.done) break;
    if (next.value?.errors) {
      errors = next.value.errors;
      break;
    }
    if (next.value?.data) events.push(next.value.data.answerStream);
  }
  stream.dispose();
  await ws.dispose();
  return { events, errors };
}
