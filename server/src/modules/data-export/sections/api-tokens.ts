import { singleQuerySection } from './section';

/** The user's API tokens; never their secrets or hashes. */
export const apiTokensSection = singleQuerySection(
  'api-tokens.json',
  'Your API tokens: name, restrictions, when each was created, last used and expires (never the secrets).',
  ({ em, userId }) =>
    em.execute(
      `select "id", "name", "workspace_id" as "workspaceId", "read_only" as "readOnly", "created_at" as "createdAt",
              "last_used_at" as "lastUsedAt", "expires_at" as "expiresAt"
         from "api_tokens" where "user_id" = ? order by "created_at", "id"`,
      [userId],
    ),
);
