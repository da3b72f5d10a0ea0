import { useQuery } from '@apollo/client/react';
import { Center, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { PublicPageLayout } from '../../components/PublicPageLayout';
import { pickWorkspaceSlug, readLastWorkspaceSlug } from '../../features/auth/lastWorkspaceSlug';
import { SessionWorkspacesQuery } from '../../features/auth/useStartSession';
import type { DisplayInterval } from '../../features/pricing/formatPrice';
import { PlanCard } from '../../features/pricing/PlanCard';
import { graphql } from '../../gql';

export const PricingPageQuery = graphql(`
  query PricingPage {
    plans {
      id
      ...PlanCard_plan
    }
    me {
      id
    }
  }
`);

/**
 * Public: compares the plans for visitors and members alike. A visitor's way to a plan is signing up; a signed-in
 * user's is the billing settings of their (last used) workspace, where the owner upgrades.
 */
export function PricingPage() {
  const [interval, setInterval] = useState<DisplayInterval>('MONTH');
  const { data, loading, error, refetch } = useQuery(PricingPageQuery);
  const signedIn = Boolean(data?.me);
  const { data: workspacesData } = useQuery(SessionWorkspacesQuery, { skip: !signedIn });
  const slug = pickWorkspaceSlug(workspacesData?.workspaces ?? [], readLastWorkspaceSlug());

  const actionFor = (planId: string) => {
    if (!signedIn) return { to: '/signup', label: planId === 'FREE' ? 'Start for free' : 'Sign up to upgrade' };
    if (!slug) return { to: '/', label: 'Open Askbase' };
    return {
      to: `/w/${slug}/settings/billing${planId === 'FREE' ? '' : `?plan=${planId}&interval=${interval}`}`,
      label: planId === 'FREE' ? 'See your plan' : 'Upgrade in billing settings',
    };
  };

  return (
    <PublicPageLayout size="lg" title="Plans and pricing" subtitle="Start free. Upgrade a workspace when it outgrows the Free plan.">
      {error && !data ? (
        <LoadFailedState title="The plans could not be loaded" onRetry={() => void refetch()} />
      ) : (
        <Stack gap="lg">
          <Center>
            <SegmentedControl
              aria-label="Billing interval"
              value={interval}
              onChange={(value) => setInterval(value as DisplayInterval)}
              data={[
                { value: 'MONTH', label: 'Monthly' },
                { value: 'YEAR', label: 'Yearly' },
              ]}
            />
          </Center>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
            {loading && !data
              ? ['FREE', 'PRO'].map((id) => <Skeleton key={id} height={320} radius="md" aria-label="Loading plans" />)
              : data?.plans.map((plan) => (
                  <PlanCard key={plan.id} plan={plan} interval={interval} action={actionFor(plan.id)} highlighted={plan.id === 'PRO'} />
                ))}
          </SimpleGrid>
          <Text size="sm" c="dimmed" ta="center">
            Prices in US dollars, excluding taxes. Limits apply per workspace.
          </Text>
        </Stack>
      )}
    </PublicPageLayout>
  );
}
