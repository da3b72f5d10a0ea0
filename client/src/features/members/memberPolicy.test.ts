import type { Role } from '../../gql/graphql';
import { memberControls } from './memberPolicy';

const viewerAs = (role: Role) => ({ role, userId: 'me' });
const other = (role: Role) => ({ role, userId: 'them' });

describe('memberControls', () => {
  it.each<Role>(['MEMBER', 'VIEWER'])('gives a %s no controls at all', (role) => {
    expect(memberControls(viewerAs(role), other('VIEWER'))).toMatchObject({ showRoleSelect: false, canRemove: false, canTransfer: false });
  });

  it.each<Role>(['OWNER', 'ADMIN'])('never offers controls on the owner for a %s', (role) => {
    expect(memberControls(viewerAs(role), other('OWNER'))).toMatchObject({ showRoleSelect: false, canRemove: false, canTransfer: false });
  });

  it('lets an admin manage members and viewers, but not other admins', () => {
    expect(memberControls(viewerAs('ADMIN'), other('MEMBER'))).toMatchObject({ canChangeRole: true, canRemove: true, canTransfer: false });
    expect(memberControls(viewerAs('ADMIN'), other('ADMIN'))).toMatchObject({
      showRoleSelect: true,
      canChangeRole: false,
      canRemove: false,
      lockedReason: 'Only the owner can change or remove an admin.',
    });
  });

  it('lets the owner manage admins and transfer ownership', () => {
    expect(memberControls(viewerAs('OWNER'), other('ADMIN'))).toEqual({
      showRoleSelect: true,
      canChangeRole: true,
      lockedReason: null,
      canRemove: true,
      canTransfer: true,
    });
  });

  it('offers nothing on the viewer’s own row', () => {
    expect(memberControls(viewerAs('ADMIN'), { role: 'ADMIN', userId: 'me' })).toMatchObject({ canChangeRole: false, canRemove: false });
  });
});
