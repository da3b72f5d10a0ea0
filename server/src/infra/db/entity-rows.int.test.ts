import { wrap } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createTeam } from '../../../test/team';
import { User } from '../../modules/account/user.entity';
import { Membership } from '../../modules/workspace/membership.entity';
import { mapRow, selectColumns } from './entity-rows';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('entities from plain SQL rows', () => {
  it('are the managed entities em.find loads: same data, lazy columns left out, references to loaded entities', async () => {
    const team = await createTeam(app);
    const workspaceId = team.own.workspace.id;
    const viaFind = await app.orm.em
      .fork()
      .find(Membership, { workspace: workspaceId }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['user'] });

    const em = app.orm.em.fork();
    const rows: Array<Record<string, unknown>> = await em.execute(
      `select ${selectColumns(em, Membership, 'm', 'm_')}, ${selectColumns(em, User, 'u', 'u_')}
         from "memberships" m join "users" u on u."id" = m."user_id"
        where m."workspace_id" = ? order by m."created_at", m."id"`,
      [workspaceId],
    );
    // The password hash is lazy: em.find never reads it, and neither may a hot path that maps rows.
    expect(selectColumns(em, User, 'u')).not.toContain('password');
    const viaRows = rows.map((row) => {
      mapRow(em, User, row, 'u_');
      return mapRow(em, Membership, row, 'm_');
    });

    // (The user apart: `populate` also marks it for serialisation, which GraphQL does not use.)
    const scalars = (membership: Membership) => ({ ...wrap(membership).toObject(['user']), userId: membership.user.id });
    expect(viaRows.map(scalars)).toEqual(viaFind.map(scalars));
    expect(viaRows.map((membership) => wrap(membership.user.getEntity()).toObject())).toEqual(
      viaFind.map((membership) => wrap(membership.user.getEntity()).toObject()),
    );
    for (const membership of viaRows) {
      expect(wrap(membership).isManaged()).toBe(true);
      expect(membership.createdAt).toBeInstanceOf(Date);
      // The user was mapped first: the reference is the loaded user, so no query is needed to read it.
      expect(membership.user.isInitialized()).toBe(true);
      expect(em.getUnitOfWork().getById(User.name, membership.user.id)).toBe(membership.user.getEntity());
    }
    // The same rows again give the same objects: one identity map, never a second copy of a record.
    const again = rows.map((row) => mapRow(em, Membership, row, 'm_'));
    again.forEach((membership, index) => {
      expect(membership).toBe(viaRows[index]);
    });
    // Nothing mapped counts as changed: a flush after a read writes nothing.
    em.getUnitOfWork().computeChangeSets();
    expect(em.getUnitOfWork().getChangeSets()).toHaveLength(0);
  });
});
