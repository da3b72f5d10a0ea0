import type { GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../infra/logging/request-context';
import type { AppMetrics } from '../infra/metrics/app-metrics';

/**
 * The metric's label is the operation's first root field (`query:workspace`), not the operation name: names are
 * chosen by clients, so an attacker could mint a new time series per request; root fields are bounded by the schema.
 */
function metricLabelOf(operation: OperationDefinitionNode | undefined): string {
  const first = operation?.selectionSet.selections.find((selection) => selection.kind === 'Field');
  return first?.kind === 'Field' ? first.name.value : 'unresolved';
}

function workspaceIdOf(variables: Record<string, unknown> | undefined): string | undefined {
  const value = variables?.workspaceId ?? (variables?.input as Record<string, unknown> | undefined)?.workspaceId;
  return typeof value === 'string' ? value : undefined;
}

/** As soon as the operation is known, so an error report or log line from its resolvers names it. */
export function nameOperationInLog(
  fields: RequestContext,
  operation: OperationDefinitionNode | undefined,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): void {
  fields.operation = (operationName ?? operation?.name?.value ?? metricLabelOf(operation)).slice(0, 100);
  fields.workspaceId = workspaceIdOf(variables);
}

/** Per GraphQL operation over HTTP: its latency (from `startedAt`, performance.now()) and error codes into the metrics. */
export function recordOperation(
  metrics: AppMetrics,
  startedAt: number,
  operation: OperationDefinitionNode | undefined,
  response: GraphQLResponse,
): void {
  const seconds = (performance.now() - startedAt) / 1000;
  metrics.operationSeconds.observe({ operation: metricLabelOf(operation), type: operation?.operation ?? 'unknown' }, seconds);
  if (response.body.kind !== 'single') return;
  for (const error of response.body.singleResult.errors ?? []) countError(metrics, error);
}

export function countError(metrics: AppMetrics, error: GraphQLFormattedError): void {
  const code = error.extensions?.code;
  metrics.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
}
