import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { AppMetrics } from '../infra/metrics/app-metrics';
import type { GraphQLContext } from './context';

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

/**
 * Per GraphQL operation over HTTP: its latency and error codes into the metrics, and the operation name,
 * user and workspace onto the request's log line (see RequestLogFields).
 */
export function operationTelemetryPlugin(metrics: AppMetrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const endTimer = metrics.operationSeconds.startTimer();
      return {
        // As soon as the operation is known, so an error report or log line from its resolvers names it.
        async didResolveOperation({ operation, operationName, request, contextValue }) {
          const fields = contextValue.logFields;
          if (fields) {
            fields.operation = (operationName ?? operation?.name?.value ?? metricLabelOf(operation)).slice(0, 100);
            fields.workspaceId = workspaceIdOf(request.variables);
          }
        },
        async willSendResponse({ operation, response }) {
          endTimer({ operation: metricLabelOf(operation), type: operation?.operation ?? 'unknown' });
          if (response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              const code = error.extensions?.code;
              metrics.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
            }
          }
        },
      };
    },
  };
}
