import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { type AppPubSub, createMemoryPubSub } from '../infra/pubsub/pubsub';
import { AccountResolver } from '../modules/account/account.resolver';
import { AccountDeletionResolver } from '../modules/account-deletion/account-deletion.resolver';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { PasswordResolver } from '../modules/auth/password.resolver';
import { SessionResolver } from '../modules/auth/session.resolver';
import { BillingResolver, WorkspaceBillingResolver, WorkspaceSubscriptionResolver } from '../modules/billing/billing.resolver';
import { PlanResolver } from '../modules/billing/plan.resolver';
import { ConsentResolver } from '../modules/consent/consent.resolver';
import { ConversationResolver } from '../modules/copilot/conversation.resolver';
import { CopilotResolver } from '../modules/copilot/copilot.resolver';
import { MessageResolver } from '../modules/copilot/message.resolver';
import { DataExportResolver } from '../modules/data-export/data-export.resolver';
import { KnowledgeResolver } from '../modules/knowledge/knowledge.resolver';
import { ProfileResolver } from '../modules/profile/profile.resolver';
import { MessageReportResolver, ReportResolver } from '../modules/reports/report.resolver';
import { InvitationResolver } from '../modules/workspace/invitation.resolver';
import { MembershipResolver } from '../modules/workspace/membership.resolver';
import { WorkspaceResolver } from '../modules/workspace/workspace.resolver';
import { unwrapAllowedFields } from '../permissions/allowed-fields';
import { guardSubscriptions } from '../permissions/guard-subscriptions';
import { permissionMap, permissions, subscriptionScopes } from '../permissions/permissions';
import { viewerCanResolvers } from '../permissions/viewer-can.resolver';
import { withErrorCodes } from './error-code-type';

export const resolvers = [
  ...viewerCanResolvers,
  AccountResolver,
  AuthResolver,
  PasswordResolver,
  ProfileResolver,
  SessionResolver,
  ApiTokenResolver,
  DataExportResolver,
  AccountDeletionResolver,
  WorkspaceResolver,
  MembershipResolver,
  InvitationResolver,
  AuditResolver,
  KnowledgeResolver,
  CopilotResolver,
  ConversationResolver,
  MessageResolver,
  ReportResolver,
  MessageReportResolver,
  ConsentResolver,
  PlanResolver,
  WorkspaceBillingResolver,
  WorkspaceSubscriptionResolver,
  BillingResolver,
] as const;

/** The code-first schema as type-graphql builds it, before permissions are applied. */
export async function buildBareSchema(pubSub: AppPubSub = createMemoryPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    // class-validator on every input; unknown properties are already impossible in GraphQL input types.
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
  });
  return withErrorCodes(schema);
}

/** The schema that is served: permissions on every field, subscriptions guarded when they start and per event. */
export async function buildAppSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  const bare = await buildBareSchema(pubSub);
  // applyMiddleware builds a new schema and leaves `bare` as it was: the guard takes its unshielded resolvers.
  const shielded = unwrapAllowedFields(applyMiddleware(bare, permissions), bare, permissionMap);
  return guardSubscriptions(shielded, permissionMap.Subscription, bare, subscriptionScopes);
}

/** What `schema.graphql` holds: sorted, so the file changes only when the API does. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
