import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../forms/applyServerErrors';
import { REPORT_CATEGORIES, reportCategoryLabel } from './reportCategories';
import { useReportAnswer } from './useReportAnswer';

const reportSchema = z.object({
  category: z.enum(['INCORRECT_DATA', 'OUTDATED_SOURCE', 'MISSING_ANSWER', 'HARMFUL', 'OTHER'], { message: 'Choose what is wrong' }),
  comment: z.string().trim().max(2000, 'Use at most 2,000 characters'),
});
type ReportValues = z.input<typeof reportSchema>;

const OPTIONS = REPORT_CATEGORIES.map((value) => ({ value, label: reportCategoryLabel(value) }));

interface ReportAnswerModalProps {
  messageId: string;
  opened: boolean;
  onClose: () => void;
}

/** "Report issue": what is wrong with an answer, for the workspace's admins, who answer with an outcome. */
export function ReportAnswerModal({ messageId, opened, onClose }: ReportAnswerModalProps) {
  const reportAnswer = useReportAnswer();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReportValues>({ resolver: zodResolver(reportSchema), defaultValues: { comment: '' } });

  const close = () => {
    reset();
    setFormError(null);
    onClose();
  };

  const onSubmit = handleSubmit(async ({ category, comment }) => {
    setFormError(null);
    try {
      await reportAnswer(messageId, category, comment);
      close();
    } catch (error) {
      setFormError(applyServerErrors(error, setError, ['category', 'comment']));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Report an issue with this answer" centered>
      <form onSubmit={onSubmit} noValidate aria-label="Report an issue">
        <Stack gap="md">
          {formError && (
            <Alert color="red" title="Could not send the report" role="alert">
              {formError}
            </Alert>
          )}
          <Controller
            control={control}
            name="category"
            render={({ field }) => (
              <Select
                label="What is wrong?"
                placeholder="Choose one"
                data={OPTIONS}
                required
                error={errors.category?.message}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                onBlur={field.onBlur}
                ref={field.ref}
                comboboxProps={{ withinPortal: false }}
              />
            )}
          />
          <Textarea
            label="Details"
            description="Optional. What should the answer have said? Admins see the question, the answer and its sources."
            autosize
            minRows={3}
            maxRows={8}
            error={errors.comment?.message}
            {...register('comment')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={isSubmitting}>
              Cancel
            </Button>
            <Button type="submit" loading={isSubmitting}>
              Send report
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
