import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppMetrics } from './app-metrics';

// The Grafana dashboard in deploy/grafana must only chart series the server exports: a renamed metric would leave a
// panel silently empty.
const dashboardPath = path.resolve(__dirname, '../../../deploy/grafana/askbase-dashboard.json');

describe('the Grafana dashboard', () => {
  it('queries only metrics that the server exports', async () => {
    const dashboard = readFileSync(dashboardPath, 'utf8');
    const queried = new Set(dashboard.match(/askbase_[a-z0-9_]+/g) ?? []);
    const metrics = new AppMetrics({ queueDepth: async () => ({ 'ingest-document': 0 }) });
    const exported = new Set(
      (await metrics.registry.getMetricsAsJSON()).flatMap(({ name, type }) =>
        String(type) === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name],
      ),
    );
    expect(queried.size).toBeGreaterThan(5);
    expect([...queried].filter((name) => !exported.has(name))).toEqual([]);
  });
});
