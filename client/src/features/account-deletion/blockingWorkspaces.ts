import { findErrorWithCode } from '../../apollo/serverErrors';

export interface BlockingWorkspace {
  id: string;
  name: string;
  slug: string;
}

/** The workspaces a CONFLICT from deleteAccount lists (`extensions.workspaces`): the ones the user must hand on first. */
export function blockingWorkspacesOf(error: unknown): BlockingWorkspace[] {
  const raw = findErrorWithCode(error, 'CONFLICT')?.extensions?.workspaces;
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (item): item is BlockingWorkspace =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as BlockingWorkspace).id === 'string' &&
      typeof (item as BlockingWorkspace).name === 'string' &&
      typeof (item as BlockingWorkspace).slug === 'string',
  );
}
