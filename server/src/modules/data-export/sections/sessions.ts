import { singleQuerySection } from './section';

/** Where the user is signed in; the token's hash stays out (it is a credential, not information about them). */
export const sessionsSection = singleQuerySection(
  'sessions.json',
  'The devices where you are signed in: browser, IP address, when each signed in and was last used.',
  ({ em, userId }) =>
    em.execute(
      `select "id", "user_agent" as "userAgent", "ip", "remember_me" as "rememberMe", "created_at" as "createdAt",
              "last_seen_at" as "lastSeenAt", "expires_at" as "expiresAt"
         from "sessions" where "user_id" = ? order by "created_at", "id"`,
      [userId],
    ),
);
