import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { BillingInterval } from '../../gql/graphql';

export const CreateCheckoutSessionMutation = graphql(`
  mutation CreateCheckoutSession($workspaceId: ID!, $interval: BillingInterval!) {
    createCheckoutSession(workspaceId: $workspaceId, plan: PRO, interval: $interval) {
      url
    }
  }
`);

export const CreateBillingPortalSessionMutation = graphql(`
  mutation CreateBillingPortalSession($workspaceId: ID!) {
    createBillingPortalSession(workspaceId: $workspaceId) {
      url
    }
  }
`);

/** Sends the browser to Stripe's hosted checkout or portal; the error (if any) stays for the page to show. */
export function useBillingRedirects(workspaceId: string, go: (url: string) => void = (url) => window.location.assign(url)) {
  const [checkout, checkoutState] = useMutation(CreateCheckoutSessionMutation);
  const [portal, portalState] = useMutation(CreateBillingPortalSessionMutation);
  const [error, setError] = useState<unknown>(null);
  const run = async (request: () => Promise<string | undefined>) => {
    setError(null);
    try {
      const url = await request();
      if (url) go(url);
    } catch (caught) {
      setError(caught);
    }
  };
  return {
    upgrade: (interval: BillingInterval) =>
      run(async () => (await checkout({ variables: { workspaceId, interval } })).data?.createCheckoutSession.url),
    manage: () => run(async () => (await portal({ variables: { workspaceId } })).data?.createBillingPortalSession.url),
    busy: checkoutState.loading || portalState.loading,
    error,
  };
}
