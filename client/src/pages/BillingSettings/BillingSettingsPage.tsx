import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { findErrorWithCode } from '../../apollo/serverErrors';
import { LoadFailedState } from '../../components/LoadFailedState';
import { UsageBar } from '../../components/UsageBar';
import { useBillingRedirects } from '../../features/billing/useBillingRedirects';
import { formatPrice } from '../../features/pricing/formatPrice';
import { useLiveUsage } from '../../features/usage/useLiveUsage';
import { graphql } from '../../gql';
import type { BillingSettingsQuery as BillingSettingsData } from '../../gql/graphql';
import { useSettingsWorkspace } from '../WorkspaceSettings/settingsContext';

export const BillingSettingsQuery = graphql(`
  query BillingSettings($slug: String!, $withInvoices: Boolean!) {
    workspace(slug: $slug) {
      id
      subscription {
        plan
        status
        interval
        currentPeriodEnd
        cancelAtPeriodEnd
        graceEndsAt
        compPlan
        compUntil
        invoices @include(if: $withInvoices) {
          id
          amountPaid
          amountDue
          currency
          status
          hostedInvoiceUrl
          createdAt
        }
      }
      usage {
        ...LiveUsage_usage
      }
    }
    plans {
      id
      name
      monthlyPriceCents
      yearlyPriceCents
    }
  }
`);

type Subscription = NonNullable<BillingSettingsData['workspace']>['subscription'];

/** The plan a checkout sells (createCheckoutSession's plan). */
const PAID_PLAN = 'PRO';
const LIVE = new Set(['ACTIVE', 'TRIALING', 'PAST_DUE']);
const date = (iso: string) => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

/** /w/:slug/settings/billing: the plan, its subscription and usage for everyone; upgrading, the portal and invoices for the owner. */
export function BillingSettingsPage() {
  const workspace = useSettingsWorkspace();
  const owner = workspace.viewerCan.manageBilling;
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(BillingSettingsQuery, { variables: { slug: workspace.slug, withInvoices: owner } });
  // A webhook landing (or a grant) publishes on the usage subscription: the page reloads the plan then.
  useLiveUsage(workspace.id, () => void refetch());
  const redirects = useBillingRedirects(workspace.id);

  if (loading && !data) return <Skeleton height={220} radius="md" aria-label="Loading billing" />;
  if (error || !data?.workspace) return <LoadFailedState onRetry={() => void refetch()} />;
  const { subscription, usage } = data.workspace;
  const checkout = params.get('checkout');
  const subscribed = LIVE.has(subscription.status);
  // Names and prices as the server has them: the one definition of plans lives there.
  const planName = (id: string) => data.plans.find((plan) => plan.id === id)?.name ?? id;
  const paid = data.plans.find((plan) => plan.id === PAID_PLAN);

  return (
    <Stack gap="lg">
      {checkout === 'success' && (
        <Alert color="green" title="Thank you!">
          Your payment went through. The plan below changes to {planName(PAID_PLAN)} as soon as Stripe confirms it, usually within seconds.
        </Alert>
      )}
      {checkout === 'cancelled' && (
        <Alert color="gray" title="Checkout cancelled">
          Nothing was charged. You can upgrade whenever you like.
        </Alert>
      )}
      <SubscriptionBanners subscription={subscription} planName={planName} />
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {planName(subscription.plan)} plan
            </Title>
            <Badge variant="light" color={subscription.status === 'PAST_DUE' ? 'red' : subscribed ? 'green' : 'gray'}>
              {subscription.status === 'NONE' ? 'No subscription' : subscription.status.replace('_', ' ').toLowerCase()}
            </Badge>
          </Group>
          <PlanFacts subscription={subscription} planName={planName} />
          {owner && (
            <Group gap="sm">
              {!subscribed && (
                <>
                  <Button onClick={() => void redirects.upgrade('MONTH')} loading={redirects.busy}>
                    Upgrade monthly{paid ? ` (${formatPrice(paid.monthlyPriceCents)}/month)` : ''}
                  </Button>
                  <Button variant="light" onClick={() => void redirects.upgrade('YEAR')} loading={redirects.busy}>
                    Upgrade yearly{paid ? ` (${formatPrice(paid.yearlyPriceCents)}/year)` : ''}
                  </Button>
                </>
              )}
              <Button variant="default" onClick={() => void redirects.manage()} loading={redirects.busy}>
                Manage billing
              </Button>
            </Group>
          )}
          {redirects.error ? (
            <Alert color="red" role="alert" title="Could not open the payment page">
              {findErrorWithCode(redirects.error, 'BILLING_PROVIDER_UNAVAILABLE')?.message ??
                findErrorWithCode(redirects.error, 'CONFLICT')?.message ??
                'Something went wrong. Try again in a minute.'}
            </Alert>
          ) : null}
          {!owner && (
            <Text size="sm" c="dimmed">
              Only the workspace owner can change the plan.
            </Text>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={2} size="h4">
            Usage
          </Title>
          <UsageBar label="Members" used={usage.members.used} limit={usage.members.limit} unit="members" />
          <UsageBar label="Documents" used={usage.documents.used} limit={usage.documents.limit} unit="documents" />
          <UsageBar
            label="Questions this period"
            used={usage.questionsThisPeriod.used}
            limit={usage.questionsThisPeriod.limit}
            unit="questions"
          />
        </Stack>
      </Card>
      {owner && <Invoices invoices={subscription.invoices ?? []} />}
    </Stack>
  );
}

type PlanName = (id: string) => string;

function PlanFacts({ subscription, planName }: { subscription: Subscription; planName: PlanName }) {
  const facts: string[] = [];
  if (subscription.interval) facts.push(subscription.interval === 'YEAR' ? 'Billed yearly' : 'Billed monthly');
  if (subscription.currentPeriodEnd && LIVE.has(subscription.status)) {
    facts.push(`${subscription.cancelAtPeriodEnd ? 'Ends on' : 'Renews on'} ${date(subscription.currentPeriodEnd)}`);
  }
  if (subscription.compPlan) {
    facts.push(
      `${planName(subscription.compPlan)} granted by Askbase support${subscription.compUntil ? ` until ${date(subscription.compUntil)}` : ''}`,
    );
  }
  if (facts.length === 0) return null;
  return <Text size="sm">{facts.join(' · ')}</Text>;
}

function SubscriptionBanners({ subscription, planName }: { subscription: Subscription; planName: PlanName }) {
  return (
    <>
      {subscription.status === 'PAST_DUE' && (
        <Alert color="red" title="Payment failed" role="alert">
          We could not charge the card on file.{' '}
          {subscription.graceEndsAt
            ? `${planName(subscription.plan)} limits stay until ${date(subscription.graceEndsAt)}; after that the ${planName('FREE')} limits apply.`
            : `The ${planName('FREE')} limits apply until the payment succeeds.`}{' '}
          Update the card with “Manage billing”.
        </Alert>
      )}
      {subscription.cancelAtPeriodEnd && subscription.currentPeriodEnd && LIVE.has(subscription.status) && (
        <Alert color="yellow" title="Subscription set to cancel">
          Your subscription ends on {date(subscription.currentPeriodEnd)}; then the {planName('FREE')} limits apply. Renew it with “Manage
          billing”.
        </Alert>
      )}
    </>
  );
}

function Invoices({ invoices }: { invoices: NonNullable<Subscription['invoices']> }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Invoices
        </Title>
        {invoices.length === 0 ? (
          <Text size="sm" c="dimmed">
            No invoices yet.
          </Text>
        ) : (
          <Table aria-label="Invoices">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Amount</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoices.map((invoice) => (
                <Table.Tr key={invoice.id}>
                  <Table.Td>{date(invoice.createdAt)}</Table.Td>
                  <Table.Td>{money(invoice.status === 'paid' ? invoice.amountPaid : invoice.amountDue, invoice.currency)}</Table.Td>
                  <Table.Td>{invoice.status}</Table.Td>
                  <Table.Td>
                    {invoice.hostedInvoiceUrl && (
                      <a href={invoice.hostedInvoiceUrl} target="_blank" rel="noreferrer">
                        View
                      </a>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
