import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { fieldErrorsOf, HttpEndpointError, type PlanLimit, planLimitOf } from '../../apollo/serverErrors';
import { FileDropZone } from '../../components/FileDropZone';
import { UpgradeButton } from '../billing/UpgradeButton';
import { applyServerErrors, generalMessageOf } from '../forms/applyServerErrors';
import { type AddDocumentValues, addDocumentSchema } from './addDocumentSchema';
import { ACCEPT_ATTRIBUTE, pastedTextAsFile } from './fileUpload';
import { UploadProgress } from './UploadProgress';
import { useAddDocument } from './useAddDocument';
import { useUploadFile } from './useUploadFile';

const EMPTY: AddDocumentValues = { source: 'text', title: '', text: '', file: null };
const PLAN_NAMES: Record<string, string> = { FREE: 'Free', PRO: 'Pro' };

/**
 * Adds a document by pasting its text or uploading a file (streamed to the server with a progress bar, then named
 * in addDocument); the server's reasons land on the field they concern.
 */
export function AddDocumentForm({ workspaceId }: { workspaceId: string }) {
  const addDocument = useAddDocument(workspaceId);
  const uploads = useUploadFile(workspaceId);
  const [formError, setFormError] = useState<string | null>(null);
  const [planLimit, setPlanLimit] = useState<PlanLimit | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<AddDocumentValues>({ resolver: zodResolver(addDocumentSchema), defaultValues: EMPTY });
  const source = watch('source');

  const onSubmit = handleSubmit(async ({ source: from, title, text, file }) => {
    setFormError(null);
    setPlanLimit(null);
    try {
      const titleInput = title.trim() || null;
      const upload = from === 'file' ? file : pastedTextAsFile(text, title);
      if (upload) {
        const uploadId = await uploads.upload(upload);
        // Cancelled: the form keeps what the user chose, nothing to report.
        if (!uploadId) return;
        await addDocument({ title: titleInput, uploadId });
      } else {
        await addDocument({ title: titleInput, text });
      }
      reset({ ...EMPTY, source: from });
    } catch (error) {
      const limit = planLimitOf(error);
      if (limit) setPlanLimit(limit);
      // The upload's own refusals (too many uploads, signed out, connection lost) concern what was being uploaded.
      else if (error instanceof HttpEndpointError) {
        const message = fieldErrorsOf(error)[0]?.message ?? generalMessageOf(error);
        setError(from === 'file' ? 'file' : 'text', { type: 'server', message }, { shouldFocus: true });
      } else setFormError(applyServerErrors(error, setError, ['file', 'text', 'title']));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a document">
      <Stack gap="sm">
        {planLimit && (
          <Alert color="orange" title={planLimit.limit === 'documents' ? 'Document limit reached' : 'Plan limit reached'} role="alert">
            {planLimit.message} Delete documents you no longer need, or ask the owner to upgrade the{' '}
            {PLAN_NAMES[planLimit.plan] ?? planLimit.plan} plan.
            <UpgradeButton />
          </Alert>
        )}
        {formError && (
          <Alert color="red" title="Could not add the document" role="alert">
            {formError}
          </Alert>
        )}
        <Controller
          control={control}
          name="source"
          render={({ field }) => (
            <SegmentedControl
              aria-label="How to add the document"
              data={[
                { value: 'text', label: 'Paste text' },
                { value: 'file', label: 'Upload a file' },
              ]}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              w="fit-content"
            />
          )}
        />
        <TextInput
          label="Title"
          description="Optional: the first heading, else the file name, is used."
          error={errors.title?.message}
          {...register('title')}
        />
        {source === 'text' ? (
          <Textarea
            label="Text"
            description="Markdown welcome: headings help the copilot cite the right section."
            required
            autosize
            minRows={6}
            maxRows={16}
            error={errors.text?.message}
            {...register('text')}
          />
        ) : (
          <Controller
            control={control}
            name="file"
            render={({ field }) => (
              <FileDropZone
                label="File"
                hint=".txt, .md, .csv, .html or .pdf"
                accept={ACCEPT_ATTRIBUTE}
                file={field.value}
                onFile={field.onChange}
                error={errors.file?.message}
              />
            )}
          />
        )}
        {uploads.progress && <UploadProgress progress={uploads.progress} onCancel={uploads.cancel} />}
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            Add document
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
