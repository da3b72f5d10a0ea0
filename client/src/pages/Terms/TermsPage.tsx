import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { OperatorPlaceholder } from '../../components/OperatorPlaceholder';
import { PublicPageLayout } from '../../components/PublicPageLayout';

/** The agreement for using Askbase. What only the operator can say (its name, law, liability caps) is marked. */
export function TermsPage() {
  return (
    <PublicPageLayout title="Terms of service" subtitle="Last updated 1 December 2026">
      <Stack gap="lg">
        <Text>
          These terms are an agreement between you (and the organisation you use Askbase for) and{' '}
          <OperatorPlaceholder>legal name and address of the operator</OperatorPlaceholder> (“we”). By creating an account you accept them.
        </Text>
        <section>
          <Title order={2} size="h3" mb="xs">
            The service
          </Title>
          <Text>
            Askbase lets the members of a workspace add documents and ask questions about them; answers cite the passages they come from.
            Answers are produced automatically and can be wrong or incomplete: check the cited sources before you rely on an answer.
          </Text>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Accounts and workspaces
          </Title>
          <List spacing="xs">
            <List.Item>
              Give a real email address and keep your password and API tokens secret. You are responsible for what is done with them.
            </List.Item>
            <List.Item>
              A workspace's owner decides who belongs to it and is responsible for its plan. Admins manage members and content; everyone in
              a workspace can read its documents.
            </List.Item>
            <List.Item>Tell us at once if you believe your account has been used without your permission.</List.Item>
          </List>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Your content
          </Title>
          <Text>
            You keep all rights to the documents and questions you put into Askbase. You give us only the permission needed to store, index
            and process them to run the service for your workspace. Do not upload content you have no right to share, or content that is
            unlawful. You can export or delete your data at any time; see the{' '}
            <Anchor component={Link} to="/privacy">
              Privacy policy
            </Anchor>
            .
          </Text>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Plans and payment
          </Title>
          <Text>
            The Free plan costs nothing and has the limits shown on the{' '}
            <Anchor component={Link} to="/pricing">
              pricing page
            </Anchor>
            . Paid plans are billed in advance, monthly or yearly, through our payment provider, and renew until cancelled; a cancellation
            takes effect at the end of the paid period. If a payment fails, the workspace keeps its plan for a 7-day grace period, then
            returns to the Free plan's limits. Prices exclude taxes unless stated. <OperatorPlaceholder>refund policy</OperatorPlaceholder>
          </Text>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Acceptable use
          </Title>
          <Text>
            Do not attack, overload or probe the service beyond what the API documentation allows, bypass plan limits, resell access, or use
            it to break the law. We may suspend accounts that do, after notice where possible.
          </Text>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Ending the agreement
          </Title>
          <Text>
            You can delete your account at any time from your account settings. We may end these terms with{' '}
            <OperatorPlaceholder>notice period</OperatorPlaceholder> notice, and will let you export your data first.
          </Text>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Liability and law
          </Title>
          <Text>
            The service is provided with reasonable care but without warranty that it is free of errors.{' '}
            <OperatorPlaceholder>limitation of liability, governing law and courts</OperatorPlaceholder>
          </Text>
        </section>
        <section>
          <Title order={2} size="h3" mb="xs">
            Changes
          </Title>
          <Text>
            We announce material changes to these terms by email at least 30 days before they apply. Contact:{' '}
            <OperatorPlaceholder>contact email</OperatorPlaceholder>.
          </Text>
        </section>
      </Stack>
    </PublicPageLayout>
  );
}
