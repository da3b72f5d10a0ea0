import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCookieSettings } from './cookieSettingsContext';

/** The links every page offers: the legal pages, pricing, and changing the cookie choice. */
export function SiteFooter() {
  const { openCookieSettings } = useCookieSettings();
  return (
    <Group component="footer" gap="md" justify="center" py="md" wrap="wrap">
      <Text size="xs" c="dimmed">
        © Askbase
      </Text>
      <Anchor component={Link} to="/pricing" size="xs" c="dimmed">
        Pricing
      </Anchor>
      <Anchor component={Link} to="/privacy" size="xs" c="dimmed">
        Privacy
      </Anchor>
      <Anchor component={Link} to="/terms" size="xs" c="dimmed">
        Terms
      </Anchor>
      <Anchor component="button" type="button" size="xs" c="dimmed" onClick={openCookieSettings}>
        Cookie settings
      </Anchor>
    </Group>
  );
}
