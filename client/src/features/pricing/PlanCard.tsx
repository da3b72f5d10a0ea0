import { Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { PlanCard_PlanFragment } from '../../gql/graphql';
import { type DisplayInterval, formatPlanBytes, formatPrice } from './formatPrice';

export const PlanCardFragment = graphql(`
  fragment PlanCard_plan on Plan {
    id
    name
    monthlyPriceCents
    yearlyPriceCents
    limits {
      members
      documents
      documentBytes
      questionsPerPeriod
    }
  }
`);

interface PlanCardProps {
  plan: PlanCard_PlanFragment;
  interval: DisplayInterval;
  /** Where the call to action leads, and what it says. */
  action: { to: string; label: string };
  highlighted?: boolean;
}

/** One plan on the pricing page: price for the chosen interval, its limits, and the way to get it. */
export function PlanCard({ plan, interval, action, highlighted = false }: PlanCardProps) {
  const yearly = interval === 'YEAR';
  const cents = yearly ? plan.yearlyPriceCents : plan.monthlyPriceCents;
  const savedMonths = plan.monthlyPriceCents > 0 ? Math.round(12 - plan.yearlyPriceCents / plan.monthlyPriceCents) : 0;
  const count = (value: number) => value.toLocaleString('en-US');

  return (
    <Card withBorder shadow={highlighted ? 'md' : 'xs'} radius="md" p="xl" component="section" aria-label={`${plan.name} plan`}>
      <Stack gap="md" h="100%">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {plan.name}
          </Title>
          {highlighted && <Badge>Most teams</Badge>}
        </Group>
        <div>
          <Text size="xl" fw={700} data-testid={`${plan.id}-price`}>
            {formatPrice(cents)}
            <Text span size="sm" c="dimmed" fw={400}>
              {' '}
              / {yearly ? 'year' : 'month'}
            </Text>
          </Text>
          {yearly && savedMonths > 0 && (
            <Text size="sm" c="teal">
              {savedMonths} months free compared with monthly
            </Text>
          )}
        </div>
        <List spacing="xs" size="sm">
          <List.Item>{count(plan.limits.members)} members, pending invitations included</List.Item>
          <List.Item>{count(plan.limits.documents)} documents</List.Item>
          <List.Item>{formatPlanBytes(plan.limits.documentBytes)} per document</List.Item>
          <List.Item>{count(plan.limits.questionsPerPeriod)} copilot questions a month</List.Item>
        </List>
        <Button component={Link} to={action.to} variant={highlighted ? 'filled' : 'default'} mt="auto" fullWidth>
          {action.label}
        </Button>
      </Stack>
    </Card>
  );
}
