import { z } from 'zod';

// Mirrors the server's rules so most mistakes show before a round trip; the server stays the authority.
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/;
const SLUG_MESSAGE = 'Use 2 to 48 lower-case letters, digits and dashes, starting and ending with a letter or digit.';

export const workspaceName = z.string().trim().min(1, { error: 'Enter a name.' }).max(100, { error: 'A name has at most 100 characters.' });

export const workspaceSlug = z.string().trim().max(48, { error: SLUG_MESSAGE }).regex(SLUG_PATTERN, { error: SLUG_MESSAGE });

export const createWorkspaceSchema = z.object({
  name: workspaceName,
  // Empty means "derive it from the name" (the server does).
  slug: z.union([z.literal(''), workspaceSlug]),
});

export type CreateWorkspaceValues = z.infer<typeof createWorkspaceSchema>;

export const updateWorkspaceSchema = z.object({ name: workspaceName, slug: workspaceSlug });

export type UpdateWorkspaceValues = z.infer<typeof updateWorkspaceSchema>;
