import { Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCookieSettings } from '../../components/cookieSettingsContext';
import { OperatorPlaceholder } from '../../components/OperatorPlaceholder';
import { PublicPageLayout } from '../../components/PublicPageLayout';

/** What the app keeps and why. Facts about the software are written out; what only the operator knows is marked. */
export function PrivacyPage() {
  const { openCookieSettings } = useCookieSettings();
  return (
    <PublicPageLayout title="Privacy policy" subtitle="Last updated 1 December 2026 · cookie policy version 2026-12-01">
      <Stack gap="lg">
        <Text>
          Askbase is a workspace question-and-answer service for businesses. This policy explains which personal data the service keeps,
          why, for how long, and what you can do about it. The controller of your data is{' '}
          <OperatorPlaceholder>legal name and address of the company operating this Askbase</OperatorPlaceholder>, reachable at{' '}
          <OperatorPlaceholder>privacy contact email</OperatorPlaceholder>. For content your organisation puts into a workspace, your
          organisation is the controller and we process it on its behalf.
        </Text>

        <section>
          <Title order={2} size="h3" mb="xs">
            What we keep
          </Title>
          <List spacing="xs">
            <List.Item>
              <b>Your account:</b> name, email address, whether it is verified, an optional avatar image (re-encoded, without its metadata)
              and a salted hash of your password — never the password itself.
            </List.Item>
            <List.Item>
              <b>Workspaces and memberships:</b> the workspaces you belong to, your role, invitations you sent or received.
            </List.Item>
            <List.Item>
              <b>Content:</b> documents added to a workspace, your conversations with the copilot (questions, answers and their citations),
              saved queries, answer ratings and reports.
            </List.Item>
            <List.Item>
              <b>Sessions and API tokens:</b> for each signed-in browser, its IP address, user agent, and when it was created and last used;
              for API tokens, their name, scope and last use. Secrets are stored only as hashes.
            </List.Item>
            <List.Item>
              <b>Security and audit log:</b> changes to workspaces and members, and changes to your sign-in methods (password changes,
              sessions and tokens ended), so you and your workspace admins can see what happened.
            </List.Item>
            <List.Item>
              <b>Consent records:</b> your cookie choice, with the time and the policy version, when you are signed in.
            </List.Item>
            <List.Item>
              <b>Billing:</b> your workspace's plan and subscription state. Card details are entered on and kept by our payment provider,
              never by Askbase.
            </List.Item>
          </List>
          <Text mt="xs">
            We use this data to provide the service you signed up for (GDPR art. 6(1)(b)), to keep it secure (art. 6(1)(f)), to meet legal
            duties such as keeping invoices (art. 6(1)(c)), and — only with your consent — for error reporting and product analytics (art.
            6(1)(a)). We do not sell personal data or use workspace content to train models.
          </Text>
        </section>

        <section id="cookies">
          <Title order={2} size="h3" mb="xs">
            Cookies and browser storage
          </Title>
          <Text mb="xs">
            Until you choose, Askbase uses only what it needs to work. Optional categories stay off, and their code is not even loaded,
            until you allow them. You can change your choice at any time:{' '}
            <Anchor component="button" type="button" onClick={openCookieSettings}>
              Cookie settings
            </Anchor>
            .
          </Text>
          <Table withTableBorder striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Purpose</Table.Th>
                <Table.Th>Kept for</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>askbase_session</Table.Td>
                <Table.Td>Cookie, strictly necessary</Table.Td>
                <Table.Td>Keeps you signed in (HttpOnly, SameSite=Lax).</Table.Td>
                <Table.Td>Until the browser closes, or 30 days with “Remember me”</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>askbase.cookieConsent</Table.Td>
                <Table.Td>Local storage, strictly necessary</Table.Td>
                <Table.Td>Remembers your cookie choice and the policy version it was made under.</Table.Td>
                <Table.Td>Until you clear it; asked again when this policy changes</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>askbase.lastWorkspaceSlug, mantine-color-scheme-value</Table.Td>
                <Table.Td>Local storage, functional</Table.Td>
                <Table.Td>Opens the workspace you used last; keeps the colour scheme you picked.</Table.Td>
                <Table.Td>Until you clear it</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>Error reporting</Table.Td>
                <Table.Td>Optional, off by default</Table.Td>
                <Table.Td>Sends errors that happen in your browser, with the steps that led to them, so we can fix them.</Table.Td>
                <Table.Td>
                  <OperatorPlaceholder>retention of the error reporting provider</OperatorPlaceholder>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>Product analytics</Table.Td>
                <Table.Td>Optional, off by default</Table.Td>
                <Table.Td>Counts which pages and features are used. Never the content of documents or questions.</Table.Td>
                <Table.Td>
                  <OperatorPlaceholder>retention of the analytics provider</OperatorPlaceholder>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </section>

        <section>
          <Title order={2} size="h3" mb="xs">
            How long we keep it
          </Title>
          <List spacing="xs">
            <List.Item>Account data and workspace content: until you delete them or your account.</List.Item>
            <List.Item>Sessions: until you sign out or end them, or they expire (12 hours idle, 30 days with “Remember me”).</List.Item>
            <List.Item>Email verification links: 24 hours. Password reset links: 30 minutes. Both single use.</List.Item>
            <List.Item>Data export archives: 7 days after they are prepared.</List.Item>
            <List.Item>
              Audit entries: as long as the workspace exists; when you delete your account they are kept without your name or email, so the
              workspace's history stays readable.
            </List.Item>
            <List.Item>
              Backups: <OperatorPlaceholder>backup retention period</OperatorPlaceholder>. Invoices: as long as tax law requires.
            </List.Item>
          </List>
        </section>

        <section>
          <Title order={2} size="h3" mb="xs">
            Your rights
          </Title>
          <List spacing="xs">
            <List.Item>
              <b>Access and portability:</b> download everything about you as JSON files from your account settings (“Download my data”).
            </List.Item>
            <List.Item>
              <b>Rectification:</b> change your name, avatar and email address in your profile.
            </List.Item>
            <List.Item>
              <b>Erasure:</b> delete your account from your account settings. Your personal workspaces go with it; documents you shared in
              other workspaces stay with those workspaces.
            </List.Item>
            <List.Item>
              <b>Withdrawing consent:</b> turn optional categories off in{' '}
              <Anchor component="button" type="button" onClick={openCookieSettings}>
                Cookie settings
              </Anchor>{' '}
              at any time; it does not affect what happened before.
            </List.Item>
            <List.Item>
              <b>Objection and complaints:</b> write to us at <OperatorPlaceholder>privacy contact email</OperatorPlaceholder>, or complain
              to your data protection authority.
            </List.Item>
          </List>
        </section>

        <section>
          <Title order={2} size="h3" mb="xs">
            Subprocessors
          </Title>
          <Text mb="xs">Service providers that process personal data for us, under contracts that bind them to this policy:</Text>
          <List spacing="xs">
            <List.Item>
              Hosting and database: <OperatorPlaceholder>provider, region</OperatorPlaceholder>
            </List.Item>
            <List.Item>
              Email delivery: <OperatorPlaceholder>provider, region</OperatorPlaceholder>
            </List.Item>
            <List.Item>Payments: Stripe, Inc. (card details and invoices)</List.Item>
            <List.Item>
              Language model, if the operator configured one: <OperatorPlaceholder>provider, region, or “none”</OperatorPlaceholder>
            </List.Item>
            <List.Item>
              Error reporting and product analytics, only with your consent: <OperatorPlaceholder>providers, regions</OperatorPlaceholder>
            </List.Item>
          </List>
          <Text mt="xs">
            See also the{' '}
            <Anchor component={Link} to="/terms">
              Terms of service
            </Anchor>
            .
          </Text>
        </section>
      </Stack>
    </PublicPageLayout>
  );
}
