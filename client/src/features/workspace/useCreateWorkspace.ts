import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { CreateWorkspaceInput } from '../../gql/graphql';

export const CreateWorkspaceMutation = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      ...WorkspaceSwitcher_workspace
      # The layout's list also reads this: asked here so the new entry is complete without refetching the list.
      viewerCan {
        manageReports
      }
    }
  }
`);

/**
 * Creates a workspace owned by the viewer, adds it to the switcher's list (kept alphabetical, like the server's)
 * and opens it. Rejects with the Apollo error so the form can place it on its fields.
 */
export function useCreateWorkspace(): (input: CreateWorkspaceInput) => Promise<void> {
  const navigate = useNavigate();
  const [createWorkspace] = useMutation(CreateWorkspaceMutation, {
    update(cache, { data }) {
      const created = data?.createWorkspace;
      if (!created) return;
      cache.modify<{ workspaces: readonly Reference[] }>({
        fields: {
          workspaces(existing, { readField, toReference }) {
            const ref = toReference(created);
            if (!ref || existing.some((item) => readField('id', item) === created.id)) return existing;
            const nameOf = (item: Reference) => readField<string>('name', item) ?? '';
            return [...existing, ref].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
          },
        },
      });
    },
  });

  return async (input) => {
    const { data } = await createWorkspace({ variables: { input } });
    if (!data) return;
    navigate(`/w/${data.createWorkspace.slug}`);
    notifications.show({
      color: 'teal',
      title: 'Workspace created',
      message: `${data.createWorkspace.name} is ready. Invite your team from Settings.`,
    });
  };
}
