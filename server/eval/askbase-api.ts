import { GraphQLTestClient, openSubscription } from '../test/graphql-client';

export interface UploadedDocument {
  id: string;
  file: string;
  title: string;
}

export interface AnswerCitation {
  index: number;
  documentId: string;
  documentTitle: string;
  heading: string | null;
  passage: string;
}

export interface ObservedAnswer {
  text: string;
  status: string;
  citations: AnswerCitation[];
  /** From sending askCopilot to the first text delta, as the asker sees it. */
  firstChunkMs: number;
  totalMs: number;
}

const ADD_DOCUMENT = /* GraphQL */ `
  mutation EvalAddDocument($workspaceId: ID!, $input: AddDocumentInput!) {
    addDocument(workspaceId: $workspaceId, input: $input) { id title status }
  }
`;
const DOCUMENT_STATUS = /* GraphQL */ `
  query EvalDocumentStatus($id: ID!) { document(id: $id) { id status error } }
`;
const ASK = /* GraphQL */ `
  mutation EvalAsk($input: AskInput!) { askCopilot(input: $input) { answer { id } } }
`;
const ANSWER_STREAM = /* GraphQL */ `
  subscription EvalAnswerStream($messageId: ID!) {
    answerStream(messageId: $messageId) {
      seq delta status error
      citations { index documentId documentTitle heading passage }
    }
  }
`;

interface StreamEvent {
  seq: number;
  delta: string | null;
  status: string;
  error: string | null;
  citations: AnswerCitation[] | null;
}

/** One user of Askbase, driven through the public GraphQL API over HTTP and WebSocket, like the browser app. */
export class AskbaseUser {
  private readonly client: GraphQLTestClient;

  constructor(baseUrl: string) {
    this.client = new GraphQLTestClient(baseUrl, { origin: baseUrl });
  }

  async signUp(email: string): Promise<void> {
    await this.client.ok(`mutation EvalSignUp($input: SignUpInput!) { signUp(input: $input) { id } }`, {
      input: { email, name: 'Eval', password: 'evaluation harness passphrase', rememberMe: false },
    });
  }

  async createWorkspace(name: string): Promise<string> {
    const data = await this.client.ok<{ createWorkspace: { id: string } }>(
      `mutation EvalCreateWorkspace($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
      { input: { name } },
    );
    return data.createWorkspace.id;
  }

  /**
   * Sends a file inline (base64 in addDocument) and waits until it is searchable. The corpora's files are all under
   * 40 KB, far below the 1 MB cap on /graphql bodies; larger ones would go through POST /uploads, as the browser's do.
   */
  async upload(workspaceId: string, file: string, bytes: Buffer): Promise<UploadedDocument> {
    const data = await this.client.ok<{ addDocument: { id: string; title: string; status: string } }>(ADD_DOCUMENT, {
      workspaceId,
      input: { file: { filename: file, contentBase64: bytes.toString('base64') } },
    });
    let status = data.addDocument.status;
    while (status !== 'READY') {
      if (status === 'FAILED') throw new Error(`${file} failed to index`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const polled = await this.client.ok<{ document: { status: string } }>(DOCUMENT_STATUS, { id: data.addDocument.id });
      status = polled.document.status;
    }
    return { id: data.addDocument.id, file, title: data.addDocument.title };
  }

  /** Asks in a new conversation and follows the answer over answerStream until its final status. */
  async ask(workspaceId: string, question: string): Promise<ObservedAnswer> {
    const started = performance.now();
    const asked = await this.client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, { input: { workspaceId, question } });
    const socket = this.client.websocket();
    const stream = openSubscription<{ data?: { answerStream: StreamEvent } }>(socket, ANSWER_STREAM, {
      messageId: asked.askCopilot.answer.id,
    });
    let text = '';
    let firstChunkMs = Number.NaN;
    let status = 'STREAMING';
    let citations: AnswerCitation[] = [];
    try {
      for (;;) {
        const next = await stream.next();
        if (next.done) {
          if (next.error) throw new Error(`answerStream failed: ${JSON.stringify(next.error)}`);
          break;
        }
        const event = next.value?.data?.answerStream;
        if (!event) continue;
        if (event.delta) {
          if (Number.isNaN(firstChunkMs)) firstChunkMs = performance.now() - started;
          text += event.delta;
        }
        if (event.citations) citations = event.citations;
        status = event.status;
        if (status !== 'STREAMING') break;
      }
    } finally {
      stream.dispose();
      await socket.dispose();
    }
    return { text, status, citations, firstChunkMs, totalMs: performance.now() - started };
  }
}
