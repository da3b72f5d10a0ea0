import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import type { UpdateWorkspaceInput } from '../../gql/graphql';
import { rememberLastWorkspaceSlug } from '../auth/lastWorkspaceSlug';

export const UpdateWorkspaceMutation = graphql(`
  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {
    updateWorkspace(id: $id, input: $input) {
      id
      name
      slug
    }
  }
`);

/**
 * Renames the workspace or moves its address. The switcher and headings follow through the normalized cache; a
 * new address also moves the browser there, since the old one stops working. Rejects with the Apollo error so
 * the form can place it on its fields.
 */
export function useUpdateWorkspace(workspace: { id: string; slug: string }): (input: UpdateWorkspaceInput) => Promise<void> {
  const navigate = useNavigate();
  const [updateWorkspace] = useMutation(UpdateWorkspaceMutation);

  return async (input) => {
    const { data } = await updateWorkspace({
      variables: { id: workspace.id, input },
      update(cache, { data: result }) {
        // The old address must not keep resolving to this workspace from the cache.
        if (result && result.updateWorkspace.slug !== workspace.slug) {
          cache.evict({ fieldName: 'workspace', args: { slug: workspace.slug } });
        }
      },
    });
    if (!data) return;
    const { slug, name } = data.updateWorkspace;
    if (slug !== workspace.slug) {
      rememberLastWorkspaceSlug(slug);
      navigate(`/w/${slug}/settings`, { replace: true });
    }
    notifications.show({ color: 'teal', title: 'Settings saved', message: `${name} is up to date.` });
  };
}
