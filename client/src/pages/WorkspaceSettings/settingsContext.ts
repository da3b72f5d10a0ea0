import { useOutletContext } from 'react-router';
import type { WorkspaceSettingsQuery } from '../../gql/graphql';

export type SettingsWorkspace = NonNullable<WorkspaceSettingsQuery['workspace']>;

/** The workspace the settings layout loaded (id and what the viewer may do there), for the settings page inside it. */
export function useSettingsWorkspace(): SettingsWorkspace {
  return useOutletContext<{ workspace: SettingsWorkspace }>().workspace;
}
