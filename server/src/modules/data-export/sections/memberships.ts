import { singleQuerySection } from './section';

/** The workspaces the user belongs to, with their role. */
export const membershipsSection = singleQuerySection(
  'memberships.json',
  'The workspaces you belong to and your role in each.',
  ({ em, userId }) =>
    em.execute(
      `select m."id", w."id" as "workspaceId", w."name" as "workspaceName", w."slug" as "workspaceSlug", m."role",
              m."created_at" as "joinedAt"
         from "memberships" m join "workspaces" w on w."id" = m."workspace_id"
        where m."user_id" = ? order by m."created_at", m."id"`,
      [userId],
    ),
);
