import { AppError, ErrorCode } from '../../errors/app-error';

export interface BlockingWorkspace {
  id: string;
  name: string;
  slug: string;
}

/**
 * The user owns workspaces that others are in: deleting the account would delete the team's workspace or leave it
 * without an owner. `extensions.workspaces` lists them, so the app can link to each one's settings.
 */
export class SoleOwnerOfSharedWorkspacesError extends AppError {
  constructor(workspaces: BlockingWorkspace[]) {
    const names = workspaces.map((workspace) => `“${workspace.name}”`).join(', ');
    super(
      ErrorCode.CONFLICT,
      `You own ${workspaces.length === 1 ? 'a workspace' : 'workspaces'} with other members: ${names}. Transfer ownership to another member, or delete ${workspaces.length === 1 ? 'it' : 'them'}, first.`,
      { workspaces },
    );
  }
}
