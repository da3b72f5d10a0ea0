import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessEvents } from '../src/infra/pubsub/access-events';
import { createMemoryPubSub } from '../src/infra/pubsub/pubsub';
import { User } from '../src/modules/account/user.entity';
import { AuditService } from '../src/modules/audit/audit.service';
import { AuditAction } from '../src/modules/audit/audit-action';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { SessionService } from '../src/modules/auth/session.service';
import { AnswerEventRecord } from '../src/modules/copilot/answer-event.entity';
import { Conversation } from '../src/modules/copilot/conversation.entity';
import { MessageRole, MessageStatus } from '../src/modules/copilot/copilot.enums';
import { Message } from '../src/modules/copilot/message.entity';
import type { StoredCitation } from '../src/modules/copilot/stored-citation';
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
/** A caller with an account. */
export type Person = Exclude<Caller, 'ANONYMOUS'>;

/**
 * Every record of one workspace, whoever may see it: the list-contents matrix computes from these what each caller
 * must get back. Each list holds records that some callers must not see (other members' conversations, invitations
 * that are no longer pending, documents still processing).
 */
export interface WorkspaceContents {
  memberships: Membership[];
  /** Pending, expired, revoked and accepted. */
  invitations: Invitation[];
  documents: Document[];
  conversations: Conversation[];
  /** Per conversation: a saved question, its answer, an unsaved follow-up question. */
  messages: Message[];
  answerEvents: AnswerEventRecord[];
  reports: Report[];
  auditEvents: AuditEvent[];
}

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
  contents: WorkspaceContents;
}

export interface Team {
  own: WorkspaceRecords;
  /** Another tenant's workspace, owned by OUTSIDER. */
  foreign: WorkspaceRecords;
  people: Record<Person, User>;
  /** A readable, unique name for every record id above ("own conversation of VIEWER"), for test output. */
  labels: Map<string, string>;
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
    // Fixtures are people who finished signing up; verification has its own tests.
    emailVerifiedAt: new Date(),
  });
  em.persist(created);
  return created;
}

interface MessageFields {
  role: MessageRole;
  content: string;
  saved?: boolean;
  question?: Message;
  citations?: StoredCitation[];
}

/** Creates records of one workspace, each persisted, listed in `contents` and named in `labels`. */
class WorkspaceBuilder {
  readonly contents: WorkspaceContents = {
    memberships: [],
    invitations: [],
    documents: [],
    conversations: [],
    messages: [],
    answerEvents: [],
    reports: [],
    auditEvents: [],
  };

  constructor(
    private readonly em: EntityManager,
    private readonly labels: Map<string, string>,
    /** 'own' or 'foreign', the first word of every label. */
    private readonly tag: string,
    readonly workspace: Workspace,
  ) {
    this.name(workspace, 'workspace');
  }

  name<T extends { id: string }>(entity: T, label: string): T {
    const full = `${this.tag} ${label}`;
    if ([...this.labels.values()].includes(full)) throw new Error(`two records named "${full}"`);
    this.labels.set(entity.id, full);
    this.em.persist(entity);
    return entity;
  }

  add<T extends { id: string }>(list: T[], entity: T, label: string): T {
    list.push(this.name(entity, label));
    return entity;
  }

  member(person: User, role: Role, label: string): Membership {
    return this.add(
      this.contents.memberships,
      this.em.create(Membership, { workspace: this.workspace, user: person, role }),
      `membership of ${label}`,
    );
  }

  invitation(inviter: User, state: 'pending' | 'expired' | 'revoked' | 'accepted'): { invitation: Invitation; token: string } {
    const { token, tokenHash } = generateInvitationToken();
    const invitation = this.em.create(Invitation, {
      workspace: this.workspace,
      email: `invitee-${randomBytes(5).toString('hex')}@example.com`,
      role: Role.MEMBER,
      tokenHash,
      invitedBy: inviter,
      expiresAt: new Date(Date.now() + (state === 'expired' ? -1 : 1) * INVITATION_LIFETIME_MS),
      acceptedAt: state === 'accepted' ? new Date() : null,
      revokedAt: state === 'revoked' ? new Date() : null,
    });
    return { invitation: this.add(this.contents.invitations, invitation, `${state} invitation`), token };
  }

  /** A document; READY ones come with one passage under a heading of their own. */
  document(addedBy: User, title: string, status: DocumentStatus): { document: Document; passage: Passage | null } {
    const content = `# ${title}\n\nRefunds take 5 days.`;
    const document = this.em.create(Document, {
      workspace: this.workspace,
      title,
      mimeType: 'text/markdown',
      sizeBytes: content.length,
      content,
      addedBy,
      status,
      chunkCount: status === DocumentStatus.READY ? 1 : 0,
    });
    this.add(this.contents.documents, document, `document "${title}"`);
    if (status !== DocumentStatus.READY) return { document, passage: null };
    const passage = this.em.create(Passage, {
      document,
      workspace: this.workspace,
      position: 0,
      heading: title,
      content: 'Refunds take 5 days.',
      documentTitle: title,
      language: 'english',
    });
    this.em.persist(passage);
    return { document, passage };
  }

  /** `author`'s conversation: a saved question, a finished answer citing `cited`, a follow-up, and a report. */
  conversation(author: User, label: string, cited: { document: Document; passage: Passage | null }) {
    const workspace = this.workspace;
    const conversation = this.add(
      this.contents.conversations,
      this.em.create(Conversation, { workspace, user: author, title: 'Refunds?' }),
      `conversation of ${label}`,
    );
    const message = (fields: MessageFields, what: string) =>
      this.add(
        this.contents.messages,
        this.em.create(Message, { conversation, workspace, status: MessageStatus.DONE, ...fields }),
        `${what} of ${label}`,
      );
    const question = message({ role: MessageRole.USER, content: 'Refunds?', saved: true }, 'saved question');
    const citations = [
      {
        index: 1,
        passageId: cited.passage?.id ?? '',
        documentId: cited.document.id,
        documentTitle: cited.document.title,
        heading: cited.passage?.heading ?? null,
        passage: 'Refunds take 5 days.',
      },
    ];
    const answer = message({ role: MessageRole.ASSISTANT, content: 'Refunds take 5 days [1].', question, citations }, 'answer');
    message({ role: MessageRole.USER, content: 'And exchanges?' }, 'unsaved question');
    const finalEvent = this.em.create(AnswerEventRecord, {
      message: answer,
      seq: 1,
      delta: answer.content,
      citations,
      status: MessageStatus.DONE,
      error: null,
    });
    this.contents.answerEvents.push(finalEvent);
    this.em.persist(finalEvent);
    const snapshot = { question: question.content, answer: answer.content, citations };
    const report = this.em.create(Report, { workspace, message: answer, reporter: author, category: ReportCategory.OTHER, snapshot });
    this.add(this.contents.reports, report, `report of ${label}`);
    return { conversation, question, answer, report };
  }

  /** An audit event `minutesAgo` in the past: older than anything a test does to the team. */
  audit(actor: User, action: AuditAction, target: { type: string; id: string; label: string }, minutesAgo: number): void {
    const event = this.em.create(AuditEvent, {
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
      workspace: this.workspace,
      actor,
      action,
      targetType: target.type,
      targetId: target.id,
      targetLabel: target.label,
    });
    this.add(this.contents.auditEvents, event, `audit ${action}`);
  }
}

/**
 * A workspace with its members and their records. `authors` each have a conversation; the first of them also added
 * the document, conversation and report that operations point at. Admins among them add a document of their own.
 */
async function workspaceWith(
  em: EntityManager,
  labels: Map<string, string>,
  tag: string,
  members: Array<[Person, User, Role]>,
  authors: Person[],
): Promise<WorkspaceRecords> {
  const workspace = em.create(Workspace, {
    name: `Team ${randomBytes(3).toString('hex')}`,
    slug: `team-${randomBytes(6).toString('hex')}`,
  });
  const build = new WorkspaceBuilder(em, labels, tag, workspace);
  const [owner] = members;
  if (!owner || owner[2] !== Role.OWNER) throw new Error('the first member is the OWNER');
  const person = (name: Person) => (members.find(([caller]) => caller === name) ?? owner)[1];
  for (const [name, member, role] of members) build.member(member, role, name);
  const targetMembership = build.member(await user(em, 'target'), Role.MEMBER, 'target');

  const { invitation, token } = build.invitation(owner[1], 'pending');
  for (const state of ['expired', 'revoked', 'accepted'] as const) build.invitation(owner[1], state);
  build.audit(owner[1], AuditAction.WORKSPACE_CREATED, { type: 'workspace', id: workspace.id, label: workspace.name }, 2);
  build.audit(owner[1], AuditAction.MEMBER_INVITED, { type: 'invitation', id: invitation.id, label: invitation.email }, 1);

  const [first, ...others] = authors;
  if (!first) throw new Error('a workspace needs an author');
  const document = build.document(person(first), `${tag} refund policy`, DocumentStatus.READY);
  const records = build.conversation(person(first), first, document);
  for (const author of others) {
    const role = members.find(([caller]) => caller === author)?.[2];
    const cited = role === Role.ADMIN ? build.document(person(author), `${tag} travel policy`, DocumentStatus.READY) : document;
    build.conversation(person(author), author, cited);
  }
  if (others.length > 0) build.document(owner[1], `${tag} security policy`, DocumentStatus.PROCESSING);
  em.persist(workspace);
  return {
    workspace,
    targetMembership,
    invitation,
    invitationToken: token,
    document: document.document,
    ...records,
    contents: build.contents,
  };
}

/** A workspace with one member of each role, and a second tenant's workspace owned by an outsider. */
export async function createTeam(app: TestApp): Promise<Team> {
  const em = app.orm.em.fork();
  const people: Record<Person, User> = {
    OWNER: await user(em, 'owner'),
    ADMIN: await user(em, 'admin'),
    MEMBER: await user(em, 'member'),
    VIEWER: await user(em, 'viewer'),
    OUTSIDER: await user(em, 'outsider'),
  };
  const labels = new Map<string, string>();
  const own = await workspaceWith(
    em,
    labels,
    'own',
    [
      ['OWNER', people.OWNER, Role.OWNER],
      ['ADMIN', people.ADMIN, Role.ADMIN],
      ['MEMBER', people.MEMBER, Role.MEMBER],
      ['VIEWER', people.VIEWER, Role.VIEWER],
    ],
    ['MEMBER', 'VIEWER', 'ADMIN'],
  );
  const foreign = await workspaceWith(em, labels, 'foreign', [['OUTSIDER', people.OUTSIDER, Role.OWNER]], ['OUTSIDER']);
  await em.flush();

  // Sessions are only opened here: nothing listens for the access events a SessionService publishes.
  const sessions = new SessionService(em, new AccessEvents(createMemoryPubSub()), new AuditService(em));
  const clients = new Map<Caller, GraphQLTestClient>([['ANONYMOUS', app.client()]]);
  for (const [caller, person] of Object.entries(people) as Array<[Caller, User]>) {
    const { token } = await sessions.open(person, { rememberMe: false, client: { ip: null, userAgent: null } });
    const client = app.client();
    client.cookie = `askbase_session=${token}`;
    clients.set(caller, client);
  }
  return { own, foreign, people, labels, client: (caller) => clients.get(caller) as GraphQLTestClient };
}
