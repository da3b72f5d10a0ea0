import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { AppError, BadUserInputError } from '../errors/app-error';
import type { UploadedFile } from '../modules/knowledge/uploads/upload.service';

/** Boundaries, part headers and a file name around the bytes: what a Content-Length may add to the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 16 * 1024;

export interface ReadFileOptions {
  maxBytes: number;
  /** The error to stop with once the file passes `maxBytes` (the plan's limit, with its details). */
  tooLarge: () => AppError;
}

/**
 * Reads the one file part named `file` of a multipart/form-data request into memory, counting bytes as they
 * arrive: the moment the file passes `maxBytes` it stops reading and rejects, so an oversized body (with or without
 * a Content-Length) costs at most `maxBytes` of memory and is never read to its end.
 *
 * The rest of the request is left unread on rejection: the caller answers and closes the connection.
 */
export function readMultipartFile(req: IncomingMessage, options: ReadFileOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // busboy says 'limit' on reaching fileSize: one byte past the plan's limit is what "over" means.
        limits: { files: 1, fileSize: options.maxBytes + 1, fields: 5, fieldSize: 1024, parts: 6, headerPairs: 20 },
      });
    } catch {
      reject(BadUserInputError.field('file', 'Send the file as multipart/form-data, in a part named "file".'));
      return;
    }
    let settled = false;
    let received: UploadedFile | undefined;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      parser.removeAllListeners();
      // busboy may still emit; a listener keeps a late 'error' from crashing the process.
      parser.on('error', () => undefined);
      reject(error);
    };

    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || received) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      // busboy stops at maxBytes + 1 and says so: the file is over the limit, whatever follows.
      stream.on('limit', () => fail(options.tooLarge()));
      stream.on('end', () => {
        if (!stream.truncated)
          received = { filename: info.filename ?? '', mimeType: info.mimeType || null, bytes: Buffer.concat(chunks, size) };
      });
    });
    parser.on('filesLimit', () => fail(BadUserInputError.field('file', 'Send one file per upload.')));
    parser.on('partsLimit', () => fail(BadUserInputError.field('file', 'Send one file per upload, in a part named "file".')));
    parser.on('error', () => fail(BadUserInputError.field('file', 'The upload is not a valid multipart/form-data body.')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      if (received) resolve(received);
      else reject(BadUserInputError.field('file', 'No file was sent: put it in a part named "file".'));
    });
    req.on('error', () => fail(BadUserInputError.field('file', 'The upload was interrupted.')));
    req.pipe(parser);
  });
}
