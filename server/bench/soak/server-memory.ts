/** One reading of the server's own /metrics: its memory, and the 5xx answers it counted itself. */
export interface MemorySample {
  at: number;
  rssBytes: number;
  heapUsedBytes: number;
  server5xx: number;
}

/** The value of an unlabelled series in Prometheus text format. */
function gauge(text: string, name: string): number {
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  if (!match?.[1]) throw new Error(`/metrics has no ${name}`);
  return Number(match[1]);
}

/** Requests the server answered with a 5xx, from its own request histogram (every route, not only ours). */
function server5xx(text: string): number {
  let total = 0;
  for (const match of text.matchAll(/^askbase_http_request_duration_seconds_count\{[^}]*status="5\d\d"[^}]*\} (\S+)$/gm))
    total += Number(match[1]);
  return total;
}

export async function readServerMemory(url: string, metricsToken: string): Promise<MemorySample> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
  const text = await response.text();
  if (!response.ok) throw new Error(`/metrics answered ${response.status}: ${text}`);
  return {
    at: Date.now(),
    rssBytes: gauge(text, 'askbase_process_resident_memory_bytes'),
    heapUsedBytes: gauge(text, 'askbase_nodejs_heap_size_used_bytes'),
    server5xx: server5xx(text),
  };
}
