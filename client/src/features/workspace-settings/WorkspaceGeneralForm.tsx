import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphql } from '../../gql';
import type { WorkspaceGeneralForm_WorkspaceFragment } from '../../gql/graphql';
import { applyServerErrors } from '../forms/applyServerErrors';
import { type UpdateWorkspaceValues, updateWorkspaceSchema } from '../workspace/workspaceSchemas';
import { useUpdateWorkspace } from './useUpdateWorkspace';

export const WorkspaceGeneralFormFragment = graphql(`
  fragment WorkspaceGeneralForm_workspace on Workspace {
    id
    name
    slug
    viewerCan {
      update
    }
  }
`);

/** Name and address; read-only for those the server does not let rename it, who may see but not change them. */
export function WorkspaceGeneralForm({ workspace }: { workspace: WorkspaceGeneralForm_WorkspaceFragment }) {
  const editable = workspace.viewerCan.update;
  const updateWorkspace = useUpdateWorkspace(workspace);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<UpdateWorkspaceValues>({
    resolver: zodResolver(updateWorkspaceSchema),
    values: { name: workspace.name, slug: workspace.slug },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      // Only what changed: an unchanged slug sent along would be checked for nothing.
      await updateWorkspace({
        name: values.name !== workspace.name ? values.name : null,
        slug: values.slug !== workspace.slug ? values.slug : null,
      });
      reset(values);
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['name', 'slug']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="General settings">
      <Stack gap="md" maw={520}>
        {formError && (
          <Alert color="red" title="Could not save the settings" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label="Workspace name" required readOnly={!editable} error={errors.name?.message} {...register('name')} />
        <TextInput
          label="Address"
          description={editable ? 'Lower-case letters, digits and dashes. Links with the old address stop working.' : undefined}
          leftSection="/w/"
          leftSectionWidth={40}
          required
          readOnly={!editable}
          error={errors.slug?.message}
          {...register('slug')}
        />
        {editable ? (
          <Group>
            <Button type="submit" loading={isSubmitting} disabled={!isDirty}>
              Save changes
            </Button>
          </Group>
        ) : (
          <Alert color="gray" variant="light">
            Only owners and admins can rename the workspace or change its address.
          </Alert>
        )}
      </Stack>
    </form>
  );
}
