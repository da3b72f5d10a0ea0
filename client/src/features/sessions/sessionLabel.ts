/** "Chrome 131 on Mac OS 10.15.7", or what is known of it. */
export function sessionLabel(session: { browser?: string | null; device?: string | null }): string {
  if (session.browser && session.device) return `${session.browser} on ${session.device}`;
  return session.browser ?? session.device ?? 'Unknown device';
}
