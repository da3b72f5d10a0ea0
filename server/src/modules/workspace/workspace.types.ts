import { connectionType } from '../../graphql/connection';
import { Membership } from './membership.entity';

export const MembershipConnection = connectionType('Membership', Membership, "A page of a workspace's members, by join date.");
