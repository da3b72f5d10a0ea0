import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpEndpointError, planLimitOf } from '../../apollo/serverErrors';
import { FakeXhr } from '../../test/fakeXhr';
import { useUploadFile } from './useUploadFile';

const file = () => new File(['# Notes\n\nhello'], 'notes.md', { type: 'text/markdown' });

beforeEach(() => FakeXhr.install());
afterEach(() => vi.unstubAllGlobals());

describe('useUploadFile', () => {
  it('posts the file as multipart with the CSRF header, reports progress, and resolves with the uploadId', async () => {
    const { result } = renderHook(() => useUploadFile('w 1'));
    let uploadId: Promise<string | null> = Promise.resolve(null);
    act(() => {
      uploadId = result.current.upload(file());
    });
    const xhr = FakeXhr.last();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/uploads?workspaceId=w%201');
    expect(xhr.headers['apollo-require-preflight']).toBe('true');
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(File);
    expect(result.current.progress).toEqual({ filename: 'notes.md', percent: 0 });

    act(() => xhr.progress(512, 1024));
    expect(result.current.progress).toEqual({ filename: 'notes.md', percent: 50 });

    await act(async () => xhr.respond(201, { uploadId: 'up1', filename: 'notes.md', sizeBytes: 14, expiresAt: '2030-01-01T00:00:00Z' }));
    await expect(uploadId).resolves.toBe('up1');
    expect(result.current.progress).toBeNull();
  });

  it('resolves with null when cancelled, and aborts the request', async () => {
    const { result } = renderHook(() => useUploadFile('w1'));
    let uploadId: Promise<string | null> = Promise.resolve('not yet');
    act(() => {
      uploadId = result.current.upload(file());
    });
    await act(async () => result.current.cancel());
    await expect(uploadId).resolves.toBeNull();
    expect(FakeXhr.last().aborted).toBe(true);
    expect(result.current.progress).toBeNull();
  });

  it('rejects with the server’s typed error (a plan limit reads like a GraphQL one)', async () => {
    const { result } = renderHook(() => useUploadFile('w1'));
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.upload(file()).catch((error: unknown) => error);
    });
    const refusal = {
      errors: [
        {
          message: 'The Free plan allows 1,000,000 bytes per document. Upgrade for more.',
          extensions: { code: 'PLAN_LIMIT_REACHED', limit: 'documentBytes', plan: 'FREE', max: 1_000_000 },
        },
      ],
    };
    await act(async () => FakeXhr.last().respond(413, refusal));
    const error = await outcome;
    expect(error).toBeInstanceOf(HttpEndpointError);
    expect(planLimitOf(error)).toMatchObject({ limit: 'documentBytes', plan: 'FREE', max: 1_000_000 });
  });

  it('says the connection was interrupted when no answer came', async () => {
    const { result } = renderHook(() => useUploadFile('w1'));
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.upload(file()).catch((error: unknown) => error);
    });
    await act(async () => FakeXhr.last().fail());
    const error = (await outcome) as HttpEndpointError;
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/connection was interrupted/);
  });

  it('cancels a running upload when the component goes away', () => {
    const { result, unmount } = renderHook(() => useUploadFile('w1'));
    act(() => {
      void result.current.upload(file());
    });
    unmount();
    expect(FakeXhr.last().aborted).toBe(true);
  });
});
