import { z } from 'zod';
import { hasAcceptedExtension } from './fileUpload';

export const addDocumentSchema = z
  .object({
    source: z.enum(['text', 'file']),
    title: z.string().trim().max(300, 'Use at most 300 characters'),
    text: z.string(),
    file: z.custom<File | null>((value) => value === null || value instanceof Blob),
  })
  .superRefine((values, ctx) => {
    if (values.source === 'text') {
      if (values.text.trim() === '') ctx.addIssue({ code: 'custom', path: ['text'], message: 'Paste the text of the document' });
      return;
    }
    const { file } = values;
    if (!file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'Choose a file to upload' });
    else if (!hasAcceptedExtension(file.name))
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'Choose a .txt, .md, .csv, .html or .pdf file' });
    else if (file.size === 0) ctx.addIssue({ code: 'custom', path: ['file'], message: 'This file is empty' });
  });

export type AddDocumentValues = z.infer<typeof addDocumentSchema>;
