import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessEvents } from '../src/infra/pubsub/access-events';
import { createMemoryPubSub } from '../src/infra/pubsub/pubsub';
import { User } from '../src/modules/account/user.entity';
import { SessionService } from '../src/modules/auth/session.service';
import { AnswerEventRecord } from '../src/modules/copilot/answer-event.entity';
import { Conversation } from '../src/modules/copilot/conversation.entity';
import { MessageRole, MessageStatus } from '../src/modules/copilot/copilot.enums';
import { Message } from '../src/modules/copilot/message.entity';
import { Document, DocumentStatus } from '../src/modules/knowledge/document.entity';
import { Passage } from '../src/modules/knowledge/passage.entity';
import { Report } from '../src/modules/reports/report.entity';
import { ReportCategory } from '../src/modules/reports/report.enums';
import { Invitation } from '../src/modules/workspace/invitation.entity';
import { generateInvitationToken, INVITATION_LIFETIME_MS } from '../src/modules/workspace/invitation-token';
import { Membership } from '../src/modules/workspace/membership.entity';
import { Role } from '../src/modules/workspace/role';
import { Workspace } from '../src/modules/workspace/workspace.entity';
import type { GraphQLTestClient } from './graphql-client';
import type { TestApp } from './harness';

export type Caller = 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'OUTSIDER' | 'ANONYMOUS';
export const CALLERS: Caller[] = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER', 'OUTSIDER', 'ANONYMOUS'];

/** The records of one workspace that operations point at. */
export interface WorkspaceRecords {
  workspace: Workspace;
  /** Added by MEMBER (OUTSIDER in the foreign workspace). */
  document: Document;
  /** MEMBER's private conversation: a saved question, a finished answer, and a report about it. */
  conversation: Conversation;
  question: Message;
  answer: Message;
  report: Report;
  /** A MEMBER who is nobody's caller: the target of role changes, removals and transfers. */
  targetMembership: Membership;
  invitation: Invitation;
  invitationToken: string;
}

export interface Team {
  own: WorkspaceRecords;
  /** Another tenant's workspace, owned by OUTSIDER. */
  foreign: WorkspaceRecords;
  client(caller: Caller): GraphQLTestClient;
}

// Written straight into the database: these users never log in with a password, and argon2 would make a test
// that builds a hundred teams take minutes.
const UNUSABLE_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$unusable$unusable';

async function user(em: EntityManager, label: string): Promise<User> {
  const created = em.create(User, {
    email: `${label}-${randomBytes(5).toString('hex')}@example.com`,
    name: label,
    passwordHash: UNUSABLE_PASSWORD_HASH,
  });
  em.persist(created);
  return created;
}

async function copilotRecords(em: EntityManager, workspace: Workspace, author: User) {
  const document = em.create(Document, {
    workspace,
    title: 'Policies',
    mimeType: 'text/markdown',
    sizeBytes: 40,
    content: '# Policies\n\nRefunds take 5 days.',
    addedBy: author,
    status: DocumentStatus.READY,
    chunkCount: 1,
  });
  const passage = em.create(Passage, {
    document,
    workspace,
    position: 0,
    heading: 'Policies',
    content: 'Refunds take 5 days.',
    documentTitle: 'Policies',
    language: 'english',
  });
  const conversation = em.create(Conversation, { workspace, user: author, title: 'Refunds?' });
  const question = em.create(Message, {
    conversation,
    workspace,
    role: MessageRole.USER,
    content: 'Refunds?',
    status: MessageStatus.DONE,
    saved: true,
  });
  const citations = [
    { index: 1, passageId: passage.id, documentId: document.id, documentTitle: 'Policies', heading: 'Policies', passage: passage.content },
  ];
  const answer = em.create(Message, {
    conversation,
    workspace,
    role: MessageRole.ASSISTANT,
    content: 'Refunds take 5 days [1].',
    status: MessageStatus.DONE,
    question,
    citations,
  });
  const finalEvent = em.create(AnswerEventRecord, {
    message: answer,
    seq: 1,
    delta: 'Refunds take 5 days [1].',
    citations,
    status: MessageStatus.DONE,
    error: null,
  });
  const report = em.create(Report, {
    workspace,
    message: answer,
    reporter: author,
    category: ReportCategory.OTHER,
    snapshot: { question: 'Refunds?', answer: answer.content, citations },
  });
  em.persist([document, passage, conversation, question, answer, finalEvent, report]);
  return { document, conversation, question, answer, report };
}

async function workspaceWith(
  em: EntityManager,
  owner: User,
  members: Array<[User, Role]>,
  inviter: User,
  author: User,
): Promise<WorkspaceRecords> {
  const workspace = em.create(Workspace, {
    name: `Team ${randomBytes(3).toString('hex')}`,
    slug: `team-${randomBytes(6).toString('hex')}`,
  });
  em.persist(em.create(Membership, { workspace, user: owner, role: Role.OWNER }));
  for (const [member, role] of members) em.persist(em.create(Membership, { workspace, user: member, role }));
  const target = em.create(Membership, { workspace, user: await user(em, 'target'), role: Role.MEMBER });
  const { token, tokenHash } = generateInvitationToken();
  const invitation = em.create(Invitation, {
    workspace,
    email: `invitee-${randomBytes(5).toString('hex')}@example.com`,
    role: Role.MEMBER,
    tokenHash,
    invitedBy: inviter,
    expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
  });
  em.persist([workspace, target, invitation]);
  return { workspace, targetMembership: target, invitation, invitationToken: token, ...(await copilotRecords(em, workspace, author)) };
}

/** A workspace with one member of each role, and a second tenant's workspace owned by an outsider. */
export async function createTeam(app: TestApp): Promise<Team> {
  const em = app.orm.em.fork();
  const people = {
    OWNER: await user(em, 'owner'),
    ADMIN: await user(em, 'admin'),
    MEMBER: await user(em, 'member'),
    VIEWER: await user(em, 'viewer'),
    OUTSIDER: await user(em, 'outsider'),
  };
  const own = await workspaceWith(
    em,
    people.OWNER,
    [
      [people.ADMIN, Role.ADMIN],
      [people.MEMBER, Role.MEMBER],
      [people.VIEWER, Role.VIEWER],
    ],
    people.OWNER,
    people.MEMBER,
  );
  const foreign = await workspaceWith(em, people.OUTSIDER, [], people.OUTSIDER, people.OUTSIDER);
  await em.flush();

  // Sessions are only opened here: nothing listens for the access events a SessionService publishes.
  const sessions = new SessionService(em, new AccessEvents(createMemoryPubSub()));
  const clients = new Map<Caller, GraphQLTestClient>([['ANONYMOUS', app.client()]]);
  for (const [caller, person] of Object.entries(people) as Array<[Caller, User]>) {
    const { token } = await sessions.open(person, { rememberMe: false, client: { ip: null, userAgent: null } });
    const client = app.client();
    client.cookie = `askbase_session=${token}`;
    clients.set(caller, client);
  }
  return { own, foreign, client: (caller) => clients.get(caller) as GraphQLTestClient };
}
