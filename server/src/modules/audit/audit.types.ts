import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { User } from '../account/user.entity';
import { AuditAction } from './audit-action';

registerEnumType(AuditAction, { name: 'AuditAction', description: 'Kinds of change the audit log records.' });

@ObjectType('AuditEvent', {
  description: "One recorded change in a workspace, or to a user's sign-in methods: who did what to which record, and when.",
})
export class AuditEventType {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  id!: string;

  @Field(() => AuditAction, { description: 'What happened.' })
  action!: AuditAction;

  @Field(() => User, { nullable: true, description: 'Who did it; null when their account no longer exists.' })
  actor!: User | null;

  @Field({ description: 'Kind of record changed: workspace, membership, invitation, session, api_token or user.' })
  targetType!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the record changed, when it had one.' })
  targetId!: string | null;

  @Field({ description: 'Human-readable name of the target at the time (an email, a workspace name).' })
  targetLabel!: string;

  @Field(() => GraphQLJSONObject, { description: 'Facts about the change, such as the role before and after.' })
  details!: Record<string, unknown>;

  @Field(() => Date, { description: 'When it happened.' })
  createdAt!: Date;
}

export const AuditEventConnection = connectionType('AuditEvent', AuditEventType, 'A page of audit events, newest first.');
