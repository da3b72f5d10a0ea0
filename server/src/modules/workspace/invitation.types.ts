import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from './role';
import './role.graphql';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'Whether an invitation link can still be used.' });

@ObjectType({ description: 'What an invitation link offers, shown before the invitee signs in.' })
export class InvitationPreview {
  @Field({ description: 'Name of the workspace.' })
  workspaceName!: string;

  @Field({ description: 'Name of the person who sent the invitation.' })
  inviterName!: string;

  @Field({ description: 'The invited address: the account that accepts must have it.' })
  email!: string;

  @Field(() => Role, { description: 'The role on joining.' })
  role!: Role;

  @Field(() => InvitationStatus, { description: 'Only PENDING invitations can be accepted.' })
  status!: InvitationStatus;

  @Field({ description: 'Convenience: status is EXPIRED.' })
  expired!: boolean;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field({ description: 'Whether an account with the invited address exists: log in to accept, or sign up.' })
  accountExists!: boolean;
}
