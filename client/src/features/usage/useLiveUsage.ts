import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';

export const LiveUsageFragment = graphql(`
  fragment LiveUsage_usage on Usage {
    members {
      used
      limit
    }
    documents {
      used
      limit
    }
    questionsThisPeriod {
      used
      limit
    }
  }
`);

export const LiveUsageSubscription = graphql(`
  subscription LiveUsage($workspaceId: ID!) {
    workspaceUsage(workspaceId: $workspaceId) {
      ...LiveUsage_usage
    }
  }
`);

/**
 * Keeps the workspace's cached usage live: every document added or deleted and every question asked, here or in
 * another tab, replaces it (all meters at once, since usage has no id and is replaced whole).
 */
export function useLiveUsage(workspaceId: string | undefined, onChange?: () => void): void {
  useSubscription(LiveUsageSubscription, {
    variables: { workspaceId: workspaceId ?? '' },
    skip: !workspaceId,
    onData({ client, data }) {
      const usage = data.data?.workspaceUsage;
      if (!usage || !workspaceId) return;
      client.cache.modify<{ usage: typeof usage }>({
        id: client.cache.identify({ __typename: 'Workspace', id: workspaceId }),
        fields: { usage: () => usage },
      });
      // The server publishes here when billing changes too (a webhook, a grant): the caller reloads what it shows.
      onChange?.();
    },
  });
}
