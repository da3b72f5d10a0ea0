/**
 * Polls `check` until it returns something other than undefined/null/false, then returns that; fails with
 * `description` after `timeoutMs`. For conditions another process or a background job brings about: no fixed sleeps.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { description, timeoutMs = 10_000, intervalMs = 50 }: { description: string; timeoutMs?: number; intervalMs?: number },
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined && result !== null && result !== false) return result;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
