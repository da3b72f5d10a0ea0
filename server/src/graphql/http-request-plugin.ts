import type {
  ApolloServerPlugin,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import type { AppMetrics } from '../infra/metrics/app-metrics';
import type { GraphQLContext } from './context';
import { hideSuggestionsFromAnonymous, type IntrospectionAccess, refuseAnonymousIntrospection } from './introspection-access';
import { answersAsJson, requestErrorsAs200 } from './json-status';
import { markNoStore } from './no-store';
import { nameOperationInLog, recordOperation } from './operation-telemetry';
import { refuseInvalidText } from './text-input';

interface Settings {
  introspection: IntrospectionAccess;
  metrics: AppMetrics;
}

/**
 * One request's hooks, as methods of one object: Apollo calls every plugin's hooks through a promise each, and five
 * plugins made five listener objects of closures and five promises per hook for every request (issue 13, item 1).
 * The steps themselves live beside what they are about.
 */
class RequestSteps implements GraphQLRequestListener<GraphQLContext> {
  private readonly startedAt = performance.now();

  constructor(
    private readonly settings: Settings,
    /** Whether the client reads the answer as application/json (json-status.ts). */
    private readonly json: boolean,
  ) {}

  async didResolveOperation({
    document,
    request,
    contextValue,
    operation,
    operationName,
  }: GraphQLRequestContextDidResolveOperation<GraphQLContext>): Promise<void> {
    // Named first: a refused operation's log line names it too (as when each step was a plugin of its own).
    if (contextValue.logFields) nameOperationInLog(contextValue.logFields, operation, operationName ?? undefined, request.variables);
    refuseInvalidText(document, request.variables);
    if (this.settings.introspection === 'signed-in') refuseAnonymousIntrospection(document, contextValue);
  }

  async willSendResponse({ response, contextValue, operation }: GraphQLRequestContextWillSendResponse<GraphQLContext>): Promise<void> {
    markNoStore(response);
    if (this.settings.introspection === 'signed-in') hideSuggestionsFromAnonymous(response, contextValue);
    if (this.json) requestErrorsAs200(response);
    recordOperation(this.settings.metrics, this.startedAt, operation, response);
  }
}

/**
 * What every GraphQL request over HTTP goes through besides the schema: the text-input check and, when introspection
 * is for signed-in users, its refusal (before the operation runs); its name, user and workspace on the request's log
 * line; and on the answer `Cache-Control: no-store`, no suggestions for anonymous callers, 200 for request errors
 * to application/json clients, and its latency and error codes in the metrics. The size limit is Apollo's
 * `stringifyResult` (response-size.ts).
 */
export function httpRequestPlugin(settings: Settings): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ request }) {
      return new RequestSteps(settings, answersAsJson(request.http?.headers.get('accept')));
    },
  };
}
