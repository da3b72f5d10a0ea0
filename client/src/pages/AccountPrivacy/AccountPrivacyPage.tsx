import { useQuery } from '@apollo/client/react';
import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { AccountDangerZone } from '../../features/account-deletion/AccountDangerZone';
import { ViewerQuery } from '../../features/auth/viewerQuery';
import { DataExportPanel } from '../../features/data-export/DataExportPanel';

/** Account settings: your data. Download everything Askbase keeps about you, or delete the account. */
export function AccountPrivacyPage() {
  const { data } = useQuery(ViewerQuery);
  const me = data?.me;

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Anchor component={Link} to="/" size="sm">
          ← Back to Askbase
        </Anchor>
        <div>
          <Title order={1} size="h2">
            Privacy and your data
          </Title>
          {me && (
            <Text c="dimmed" size="sm">
              Signed in as {me.email}
            </Text>
          )}
        </div>
        <DataExportPanel />
        <AccountDangerZone />
      </Stack>
    </Container>
  );
}
