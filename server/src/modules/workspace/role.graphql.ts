import { registerEnumType } from 'type-graphql';
import { Role } from './role';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a member may do in a workspace, strongest first.',
  valuesConfig: {
    OWNER: { description: 'Everything, including billing, deleting the workspace and transferring ownership. Exactly one per workspace.' },
    ADMIN: { description: 'Manages members, invitations and all documents.' },
    MEMBER: { description: 'Adds documents and asks the copilot.' },
    VIEWER: { description: 'Reads documents and asks the copilot.' },
  },
});
