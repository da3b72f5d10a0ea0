import { describe, expect, it } from 'vitest';
import { Role } from '../workspace/role';
import { assertCanResolveReport, canManageReports } from './report.policy';

describe('report policy', () => {
  it('lets owners and admins manage reports, and no one else', () => {
    const verdicts = [Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER].map((role) => canManageReports({ membershipId: 'm', role }));
    expect(verdicts).toEqual([true, true, false, false]);
    expect(() => assertCanResolveReport({ membershipId: 'm', role: Role.MEMBER })).toThrow('Only owners and admins can resolve reports.');
  });
});
