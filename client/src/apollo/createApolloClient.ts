import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import { loadOnce } from '../routing/loadOnce';
import { CSRF_PREVENTION_HEADERS, GRAPHQL_HTTP_PATH } from './graphqlEndpoint';
import { createNotifyingErrorLink } from './notifyingErrorLink';
import { createSignedInHintLink } from './signedInHintLink';
import { typePolicies } from './typePolicies';

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({ typePolicies });

  const httpLink = new HttpLink({
    uri: GRAPHQL_HTTP_PATH,
    // The session is an httpOnly cookie on this same origin.
    credentials: 'same-origin',
    headers: { ...CSRF_PREVENTION_HEADERS },
  });

  // graphql-ws and its link are a chunk of their own, fetched with the first subscription: the log-in page and most
  // screens never subscribe.
  const wsLink = lazyLink(async () => (await import('./subscriptionLink')).createSubscriptionLink(cache));

  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);

  return new ApolloClient({
    link: ApolloLink.from([createNotifyingErrorLink(), createSignedInHintLink(), transport]),
    cache,
  });
}

/** A link created on first use, from a module loaded then; operations wait for it. A failed load is retried next time. */
export function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  const link = loadOnce(load);
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let subscription: Subscription | undefined;
        let unsubscribed = false;
        link.load().then(
          (loaded) => {
            if (!unsubscribed) subscription = loaded.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          unsubscribed = true;
          subscription?.unsubscribe();
        };
      }),
  );
}
