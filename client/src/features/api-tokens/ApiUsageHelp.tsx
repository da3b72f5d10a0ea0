import { Code, List, Stack, Text, Title } from '@mantine/core';

/** How to call the API with a token: curl, a WebSocket client and the playground. */
export function ApiUsageHelp({ origin = window.location.origin }: { origin?: string }) {
  const curl = `curl -H "Authorization: Bearer askb_…" \\
  -H 'content-type: application/json' \\
  -d '{"query":"{ me { email } }"}' \\
  ${origin}/graphql`;
  const ws = `import { createClient } from 'graphql-ws';
const client = createClient({
  url: '${origin.replace(/^http/, 'ws')}/graphql',
  connectionParams: { authorization: 'Bearer askb_…' },
});`;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Calling the API
      </Title>
      <Text size="sm">Send the secret in the Authorization header of each request to the GraphQL endpoint:</Text>
      <Code block aria-label="curl example">
        {curl}
      </Code>
      <Text size="sm">Subscriptions go over a WebSocket (graphql-ws), with the secret in the connection parameters:</Text>
      <Code block aria-label="WebSocket example">
        {ws}
      </Code>
      <Text size="sm">From the playground:</Text>
      <List size="sm" type="ordered">
        <List.Item>
          Open <Code>{`${origin}/graphql`}</Code> in this browser.
        </List.Item>
        <List.Item>
          In the <b>Headers</b> tab, enter <Code>{'{ "Authorization": "Bearer askb_…" }'}</Code>: requests then run as the token (read-only
          and workspace limits included) instead of your session.
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        Every secret starts with <Code>askb_</Code>: configure your secret scanner with the pattern <Code>askb_[A-Za-z0-9_-]{'{43}'}</Code>.
      </Text>
    </Stack>
  );
}
