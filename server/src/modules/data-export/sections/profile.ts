import { objectSection } from './section';

/** The account itself; never the password hash. */
export const profileSection = objectSection(
  'profile.json',
  'Your account: name, email address, avatar, when it was created and verified.',
  async ({ em, userId }) => {
    const [row] = await em.execute(
      `select "id", "email", "name", "avatar_url" as "avatarUrl", "email_verified_at" as "emailVerifiedAt",
            "created_at" as "createdAt", "updated_at" as "updatedAt"
       from "users" where "id" = ?`,
      [userId],
    );
    return row ?? null;
  },
);
