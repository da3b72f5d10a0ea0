import { CSRF_PREVENTION_HEADERS } from '../../apollo/graphqlEndpoint';
import { HttpEndpointError } from '../../apollo/serverErrors';

/** The server's streamed upload endpoint: files go there, then `addDocument` names the `uploadId` it answers. */
export const UPLOADS_PATH = '/uploads';

export interface UploadedFile {
  uploadId: string;
  filename: string;
  sizeBytes: number;
  expiresAt: string;
}

/** The upload was cancelled (by the user, or because the form went away): nothing to report. */
export class UploadCancelledError extends Error {
  constructor() {
    super('The upload was cancelled.');
    this.name = 'UploadCancelledError';
  }
}

export interface UploadOptions {
  /** 0 to 100, as the bytes leave the browser. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

const INTERRUPTED = 'The upload did not complete: the connection was interrupted. Check your connection and try again.';

/**
 * Sends one file to `POST /uploads` as multipart/form-data. XMLHttpRequest rather than fetch: only it reports
 * upload progress. Rejects with HttpEndpointError (the server's typed errors) or UploadCancelledError.
 */
export function uploadFile(file: File, workspaceId: string, { onProgress, signal }: UploadOptions = {}): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UploadCancelledError());
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOADS_PATH}?workspaceId=${encodeURIComponent(workspaceId)}`);
    for (const [name, value] of Object.entries(CSRF_PREVENTION_HEADERS)) xhr.setRequestHeader(name, value);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const settle = () => signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      settle();
      const body = (xhr.response ?? {}) as Partial<UploadedFile> & { errors?: HttpEndpointError['errors'] };
      if (xhr.status === 201 && body.uploadId) resolve(body as UploadedFile);
      else reject(new HttpEndpointError(xhr.status, body.errors?.length ? body.errors : [{ message: INTERRUPTED }]));
    };
    // A refused oversized file may also end here: the server answers, then closes the connection mid-upload.
    xhr.onerror = () => {
      settle();
      reject(new HttpEndpointError(0, [{ message: INTERRUPTED }]));
    };
    xhr.onabort = () => {
      settle();
      reject(new UploadCancelledError());
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
