import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { Link } from 'react-router';

interface CookieBannerProps {
  onAcceptAll(): void;
  onRejectAll(): void;
  onCustomise(): void;
}

/** The first-visit question. "Reject all" is as prominent as "Accept all": refusing must be as easy as agreeing. */
export function CookieBanner({ onAcceptAll, onRejectAll, onCustomise }: CookieBannerProps) {
  return (
    <Paper
      component="section"
      aria-label="Cookie consent"
      withBorder
      shadow="md"
      p="md"
      radius="md"
      style={{ position: 'fixed', insetInline: 16, bottom: 16, zIndex: 300, maxWidth: 720, marginInline: 'auto' }}
    >
      <Text size="sm" mb="sm">
        Askbase uses only the storage it needs to work (your session, your settings) unless you allow more. With your permission we also use
        error reporting and product analytics to fix problems and improve the product. Read the{' '}
        <Anchor component={Link} to="/privacy#cookies" size="sm">
          privacy policy
        </Anchor>
        .
      </Text>
      <Group gap="sm" justify="flex-end">
        <Button variant="subtle" onClick={onCustomise}>
          Customise
        </Button>
        <Button variant="default" onClick={onRejectAll}>
          Reject all
        </Button>
        <Button variant="default" onClick={onAcceptAll}>
          Accept all
        </Button>
      </Group>
    </Paper>
  );
}
