import { useCallback, useEffect, useRef, useState } from 'react';
import { UploadCancelledError, uploadFile } from './uploadRequest';

export interface UploadProgressState {
  filename: string;
  percent: number;
}

/**
 * Uploads one file at a time to the workspace, with its progress and a way to cancel it. `upload` resolves with the
 * `uploadId` for `addDocument`, or null when cancelled; a refusal rejects with the server's typed error.
 * Leaving the page cancels a running upload.
 */
export function useUploadFile(workspaceId: string) {
  const [progress, setProgress] = useState<UploadProgressState | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const upload = useCallback(
    async (file: File): Promise<string | null> => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setProgress({ filename: file.name, percent: 0 });
      try {
        const uploaded = await uploadFile(file, workspaceId, {
          signal: controller.signal,
          onProgress: (percent) => setProgress({ filename: file.name, percent }),
        });
        return uploaded.uploadId;
      } catch (error) {
        if (error instanceof UploadCancelledError) return null;
        throw error;
      } finally {
        if (running.current === controller) {
          running.current = null;
          setProgress(null);
        }
      }
    },
    [workspaceId],
  );

  const cancel = useCallback(() => running.current?.abort(), []);

  return { upload, cancel, progress };
}
