import { type GraphQLNamedType, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, type GraphQLTestClient } from '../../test/graphql-client';
import { startTestApp, type TestApp } from '../../test/harness';
import { CALLERS, type Caller, createTeam, type Team, type WorkspaceContents } from '../../test/team';
import { suggestQuestions } from '../copilot/engine/suggest-questions';
import { buildBareSchema } from '../graphql/schema';
import type { Conversation } from '../modules/copilot/conversation.entity';
import { MessageRole } from '../modules/copilot/copilot.enums';
import type { Message } from '../modules/copilot/message.entity';
import type { StoredCitation } from '../modules/copilot/stored-citation';
import { DocumentStatus } from '../modules/knowledge/document.entity';
import { Role, roleAtLeast } from '../modules/workspace/role';
import type { Workspace } from '../modules/workspace/workspace.entity';

/**
 * The list-contents matrix: for every list in the schema and every caller, the records the caller gets back are
 * exactly the ones the rules allow, compared by id, every page read. One team serves all cases (nothing here
 * writes): its workspace holds conversations, saved queries and reports by MEMBER, VIEWER and ADMIN, and the other
 * tenant's workspace (OUTSIDER's) holds records of every kind too (test/team.ts). Ids show as the fixture's labels
 * ("own conversation of VIEWER"), so a failure says who saw what.
 *
 * A case looks at each place a caller could look (a workspace, a conversation, an answer) and finds there the
 * sorted labels of what is listed, an error code, or null when the place itself answers null.
 */
type Seen = string[] | string | null;
type Places = Record<string, Seen>;

interface ListCase {
  /** What the caller's client gets back. */
  seen(client: GraphQLTestClient, team: Team): Promise<Places>;
  /** What the rules allow that caller. */
  allowed(caller: Caller, team: Team): Places;
}

/** List fields whose items are not records anyone could be refused, with why. */
const notRecords: Record<string, string> = {
  'Citation.quotes': "sentences of the citation's own passage: checked with the citation, in each list that holds it",
  'Query.sessions': "the viewer's own sessions, in no workspace: sessions.int.test.ts checks no one else's appear",
  'Query.apiTokens': "the viewer's own API tokens, in no workspace: api-tokens.int.test.ts checks no one else's appear",
  'Query.plans': 'the published plans, the same for every caller, signed in or not',
  'Query.securityLog': "the viewer's own security log, in no workspace: security-log.int.test.ts checks no one else's entries appear",
  'WorkspaceSubscription.invoices':
    "the workspace's invoices, OWNER only: stripe-webhook.int.test.ts refuses them to the other roles, and the matrix's createBillingPortalSession case the other tenants",
};

// ---- the places, and the records in them ----

const TAGS = ['own', 'foreign'] as const;
/** A place's name: its record's label, or its id when it is not a record. */
const placeName = (team: Team, id: string) => team.labels.get(id) ?? id;
const label = (team: Team, id: unknown) => team.labels.get(String(id)) ?? `unlisted record ${String(id)}`;
const workspaces = (team: Team): Workspace[] => TAGS.map((tag) => team[tag].workspace);
const everywhere = <K extends keyof WorkspaceContents>(team: Team, kind: K) =>
  TAGS.flatMap((tag) => team[tag].contents[kind] as Array<WorkspaceContents[K][number]>);
const conversations = (team: Team): Conversation[] => everywhere(team, 'conversations');
const answers = (team: Team): Message[] => everywhere(team, 'messages').filter((m) => m.role === MessageRole.ASSISTANT);
const contentsOf = (team: Team, workspace: Workspace) => (team.own.workspace === workspace ? team.own : team.foreign).contents;
const authorOf = (team: Team, conversationId: string) => conversations(team).find((c) => c.id === conversationId)?.user.id;
const messagesOf = (team: Team, conversationId: string) => everywhere(team, 'messages').filter((m) => m.conversation.id === conversationId);

type Citations = Array<Pick<StoredCitation, 'index' | 'documentId'>>;
/** A citation by what holds it, its number and the document it points at. */
const citationKeys = (team: Team, holderId: string, citations: Citations) =>
  citations.map((citation) => `${label(team, holderId)} [${citation.index}] → ${label(team, citation.documentId)}`);

// ---- what the API gives ----

type Node = Record<string, unknown>;
interface Connection {
  edges: Array<{ node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type Response = { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: Record<string, unknown> }> };

/** Two at a time: every connection here takes several pages, so paging can neither hide nor repeat a record. */
const PAGE = (fields = 'id') => `first: 2, after: $after) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } }`;
const CITATIONS = 'citations { index documentId }';

/** All items of the list at `path` (a connection: page after page); or the error code; or null if its parent is. */
async function fetchAll(client: GraphQLTestClient, query: string, variables: Node, path: string): Promise<Node[] | string | null> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const result: Response = await client.request(query, { ...variables, after });
    const code = result.errors?.[0]?.extensions?.code;
    if (code) return String(code);
    const list = path.split('.').reduce<unknown>((value, key) => (value as Node | null)?.[key], result.data) as Node[] | Connection | null;
    if (!list) return null;
    if (Array.isArray(list)) return list;
    nodes.push(...list.edges.map((edge) => edge.node));
    if (!list.pageInfo.hasNextPage) return nodes;
    after = list.pageInfo.endCursor;
  }
  throw new Error(`more than 50 pages of ${query}`);
}

/**
 * Asks `query` at each place (`variables` from the place's record) and reads the list at `path`, each item as
 * `keys` gives it (by default its id's label).
 */
function reading<P extends { id: string }>(
  places: (team: Team) => P[],
  query: string,
  variables: (place: P) => Node,
  path: string,
  keys: (node: Node, team: Team) => string[] = (node, team) => [label(team, node.id)],
): ListCase['seen'] {
  return async (client, team) => {
    const seen: Places = {};
    for (const place of places(team)) {
      const found = await fetchAll(client, query, variables(place), path);
      seen[placeName(team, place.id)] = Array.isArray(found) ? found.flatMap((node) => keys(node, team)).sort() : found;
    }
    return seen;
  };
}
const byId = (place: { id: string }) => ({ id: place.id });
const byWorkspaceId = (workspace: Workspace) => ({ workspaceId: workspace.id });
const bySlug = (workspace: Workspace) => ({ slug: workspace.slug });

// ---- what the rules allow ----

type Visible = Array<{ id: string } | string>;

/** `rule` at each place; records come out as their labels, sorted. */
function allowing<P extends { id: string }>(
  places: (team: Team) => P[],
  rule: (caller: Exclude<Caller, 'ANONYMOUS'>, place: P, team: Team) => Visible | string | null,
): ListCase['allowed'] {
  return (caller, team) => {
    const allowed: Places = {};
    for (const place of places(team)) {
      const visible = caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : rule(caller, place, team);
      allowed[placeName(team, place.id)] = Array.isArray(visible)
        ? visible.map((item) => (typeof item === 'string' ? item : label(team, item.id))).sort()
        : visible;
    }
    return allowed;
  };
}

function roleIn(team: Team, caller: Exclude<Caller, 'ANONYMOUS'>, workspace: Workspace): Role | null {
  const person = team.people[caller];
  return contentsOf(team, workspace).memberships.find((membership) => membership.user.id === person.id)?.role ?? null;
}

/**
 * A workspace's list: non-members get `outside` (NOT_FOUND from a root field's `workspaceId`, null from
 * `workspace(slug)`), members below `minimum` FORBIDDEN, the others what `visible` picks from the workspace's records.
 */
const workspaceRule =
  (minimum: Role, outside: 'NOT_FOUND' | null, visible: (records: WorkspaceContents, personId: string, team: Team) => Visible) =>
  (caller: Exclude<Caller, 'ANONYMOUS'>, workspace: Workspace, team: Team) => {
    const role = roleIn(team, caller, workspace);
    if (!role) return outside;
    if (!roleAtLeast(role, minimum)) return 'FORBIDDEN';
    return visible(contentsOf(team, workspace), team.people[caller].id, team);
  };

/** Conversations are private: only their author sees into one; everyone else gets `refused`. */
const authorRule =
  <P extends { id: string }>(
    conversationOf: (place: P) => string,
    refused: 'NOT_FOUND' | null,
    visible: (place: P, team: Team) => Visible,
  ) =>
  (caller: Exclude<Caller, 'ANONYMOUS'>, place: P, team: Team) =>
    authorOf(team, conversationOf(place)) === team.people[caller].id ? visible(place, team) : refused;

// ---- the cases: one per list field ----

/**
 * A root connection with a `search` argument, read in each workspace as is and searching `term`, which every record
 * of the fixture matches: a search runs queries of its own, and they must keep the same rules.
 */
function searchable(field: string, term: string, rule: ReturnType<typeof workspaceRule>): ListCase {
  const query = `query($workspaceId: ID!, $search: String, $after: String) { ${field}(workspaceId: $workspaceId, search: $search, ${PAGE()} }`;
  const plain = reading(workspaces, query, byWorkspaceId, field);
  const searched = reading(workspaces, query, (workspace) => ({ workspaceId: workspace.id, search: term }), field);
  const allowed = allowing(workspaces, rule);
  const searching = (places: Places) =>
    Object.fromEntries(Object.entries(places).map(([place, seen]) => [`${place}, searching "${term}"`, seen]));
  return {
    seen: async (client, team) => ({ ...(await plain(client, team)), ...searching(await searched(client, team)) }),
    allowed: (caller, team) => ({ ...allowed(caller, team), ...searching(allowed(caller, team)) }),
  };
}

const messageCitations = (node: Node, team: Team) => citationKeys(team, String(node.id), node.citations as Citations);

const cases: Record<string, ListCase> = {
  'Query.workspaces': {
    seen: reading(
      () => [{ id: 'mine' }],
      '{ workspaces { id } }',
      () => ({}),
      'workspaces',
    ),
    allowed: allowing(
      () => [{ id: 'mine' }],
      (caller, _all, team) => workspaces(team).filter((workspace) => roleIn(team, caller, workspace)),
    ),
  },
  'Workspace.members': {
    seen: reading(
      workspaces,
      `query($slug: String!, $after: String) { workspace(slug: $slug) { members(${PAGE()} } }`,
      bySlug,
      'workspace.members',
    ),
    allowed: allowing(
      workspaces,
      workspaceRule(Role.VIEWER, null, (records) => records.memberships),
    ),
  },
  'Workspace.invitations': {
    seen: reading(workspaces, 'query($slug: String!) { workspace(slug: $slug) { invitations { id } } }', bySlug, 'workspace.invitations'),
    // Pending ones only: accepted, revoked and expired invitations are not listed, even to admins.
    allowed: allowing(
      workspaces,
      workspaceRule(Role.ADMIN, null, (records) => records.invitations.filter((i) => i.isPending())),
    ),
  },
  'Query.documents': searchable(
    'documents',
    'policy',
    workspaceRule(Role.VIEWER, 'NOT_FOUND', (records) => records.documents),
  ),
  'Query.suggestedQuestions': {
    seen: reading(
      workspaces,
      'query($workspaceId: ID!) { suggestedQuestions(workspaceId: $workspaceId) }',
      byWorkspaceId,
      'suggestedQuestions',
      (question) => [String(question)],
    ),
    // From the titles and headings of the workspace's READY documents (in the fixture, one passage under the title).
    allowed: allowing(
      workspaces,
      workspaceRule(Role.VIEWER, 'NOT_FOUND', (records) =>
        suggestQuestions(
          records.documents.filter((d) => d.status === DocumentStatus.READY).map((d) => ({ title: d.title, headings: [d.title] })),
        ),
      ),
    ),
  },
  // Private to their author: owners and admins see only their own too.
  'Query.conversations': searchable(
    'conversations',
    'refunds',
    workspaceRule(Role.VIEWER, 'NOT_FOUND', (records, person) => records.conversations.filter((c) => c.user.id === person)),
  ),
  'Conversation.messages': {
    seen: reading(
      conversations,
      `query($id: ID!, $after: String) { conversation(id: $id) { messages(${PAGE()} } }`,
      byId,
      'conversation.messages',
    ),
    allowed: allowing(
      conversations,
      authorRule(
        (c) => c.id,
        null,
        (c, team) => messagesOf(team, c.id),
      ),
    ),
  },
  'Message.citations': {
    seen: reading(
      conversations,
      `query($id: ID!, $after: String) { conversation(id: $id) { messages(${PAGE(`id ${CITATIONS}`)} } }`,
      byId,
      'conversation.messages',
      messageCitations,
    ),
    allowed: allowing(
      conversations,
      authorRule(
        (c) => c.id,
        null,
        (c, team) => messagesOf(team, c.id).flatMap((m) => citationKeys(team, m.id, m.citations)),
      ),
    ),
  },
  'Query.savedQueries': {
    seen: reading(workspaces, 'query($workspaceId: ID!) { savedQueries(workspaceId: $workspaceId) { id } }', byWorkspaceId, 'savedQueries'),
    // The caller's own saved questions: not answers, not unsaved questions, nobody else's.
    allowed: allowing(
      workspaces,
      workspaceRule(Role.VIEWER, 'NOT_FOUND', (records, person, team) =>
        records.messages.filter((m) => m.saved && m.role === MessageRole.USER && authorOf(team, m.conversation.id) === person),
      ),
    ),
  },
  'Query.reports': {
    seen: reading(
      workspaces,
      `query($workspaceId: ID!, $after: String) { reports(workspaceId: $workspaceId, ${PAGE()} }`,
      byWorkspaceId,
      'reports',
    ),
    // The inbox: every report of the workspace, whoever filed it, for OWNER and ADMIN.
    allowed: allowing(
      workspaces,
      workspaceRule(Role.ADMIN, 'NOT_FOUND', (records) => records.reports),
    ),
  },
  'ReportSnapshot.citations': {
    seen: reading(
      workspaces,
      `query($workspaceId: ID!, $after: String) { reports(workspaceId: $workspaceId, ${PAGE(`id snapshot { ${CITATIONS} }`)} }`,
      byWorkspaceId,
      'reports',
      (node, team) => citationKeys(team, String(node.id), (node.snapshot as { citations: Citations }).citations),
    ),
    allowed: allowing(
      workspaces,
      workspaceRule(Role.ADMIN, 'NOT_FOUND', (records, _person, team) =>
        records.reports.flatMap((r) => citationKeys(team, r.id, r.snapshot.citations)),
      ),
    ),
  },
  'Query.auditLog': {
    seen: reading(
      workspaces,
      `query($workspaceId: ID!, $after: String) { auditLog(workspaceId: $workspaceId, ${PAGE()} }`,
      byWorkspaceId,
      'auditLog',
    ),
    allowed: allowing(
      workspaces,
      workspaceRule(Role.ADMIN, 'NOT_FOUND', (records) => records.auditEvents),
    ),
  },
  'AnswerEvent.citations': {
    // Each answer of either workspace, replayed from its stored events over a WebSocket.
    seen: async (client, team) => {
      const seen: Places = {};
      for (const answer of answers(team)) seen[label(team, answer.id)] = await streamedCitations(client, team, answer.id);
      return seen;
    },
    allowed: allowing(
      answers,
      authorRule(
        (answer) => answer.conversation.id,
        'NOT_FOUND',
        (answer, team) =>
          everywhere(team, 'answerEvents')
            .filter((event) => event.message.id === answer.id)
            .flatMap((event) => citationKeys(team, answer.id, event.citations ?? [])),
      ),
    ),
  },
};

async function streamedCitations(client: GraphQLTestClient, team: Team, answerId: string): Promise<Seen> {
  const ws = client.websocket();
  const query = `subscription($id: ID!) { answerStream(messageId: $id) { seq ${CITATIONS} } }`;
  const { results, error } = await collect<Response>(ws, query, { id: answerId }, Number.POSITIVE_INFINITY);
  await ws.dispose();
  const errors = results.find((result) => result.errors)?.errors ?? (error as Response['errors']);
  if (errors || error) return String(errors?.[0]?.extensions?.code ?? `subscription error ${JSON.stringify(error)}`);
  const events = results.map((result) => result.data?.answerStream as { citations: Citations | null });
  return events.flatMap((event) => citationKeys(team, answerId, event.citations ?? [])).sort();
}

/** Every list field reachable from the root types (a connection's `edges` count as the connection field itself). */
async function listFieldsOfSchema(): Promise<string[]> {
  const schema = await buildBareSchema();
  const found = new Set<string>();
  const visited = new Set<string>();
  const visit = (type: GraphQLNamedType | null | undefined) => {
    if (!type || !isObjectType(type) || visited.has(type.name)) return;
    visited.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const isConnection = isObjectType(named) && named.name.endsWith('Connection') && 'edges' in named.getFields();
      const isList = isListType(getNullableType(field.type)) && !type.name.endsWith('Connection');
      if (isConnection || isList) found.add(`${type.name}.${field.name}`);
      visit(named);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) visit(root);
  return [...found].sort();
}

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
});

describe('tenant list contents', () => {
  it('has a case for every list field in the schema (a new list without one fails here)', async () => {
    const lists = await listFieldsOfSchema();
    expect(lists.filter((field) => !(field in cases) && !(field in notRecords))).toEqual([]);
    expect(Object.keys({ ...cases, ...notRecords }).filter((field) => !lists.includes(field))).toEqual([]);
  });

  it('has, in every list, records that some caller who reads it must not see', () => {
    const undecided = Object.entries(cases).filter(([, listCase]) => {
      // What each caller who may read the list somewhere gets from it, over all places.
      const readers = CALLERS.map((caller) => Object.values(listCase.allowed(caller, team)).filter(Array.isArray))
        .filter((lists) => lists.length > 0)
        .map((lists) => new Set(lists.flat()));
      const everything = new Set(readers.flatMap((seen) => [...seen]));
      return everything.size === 0 || readers.every((seen) => seen.size === everything.size);
    });
    expect(undecided.map(([field]) => field)).toEqual([]);
  });

  for (const [field, listCase] of Object.entries(cases)) {
    it(`${field}: each caller gets exactly the records the rules allow`, async () => {
      const seen: Record<string, Places> = {};
      const allowed: Record<string, Places> = {};
      for (const caller of CALLERS) {
        seen[caller] = await listCase.seen(team.client(caller), team);
        allowed[caller] = listCase.allowed(caller, team);
      }
      expect(seen).toEqual(allowed);
    });
  }
});
