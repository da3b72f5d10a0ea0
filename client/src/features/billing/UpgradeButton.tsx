import { Button } from '@mantine/core';
import { Link } from 'react-router';

/** Where a plan limit bites: the way to lift it, on the workspace's billing settings (checkout starts there). */
export function UpgradeButton({ workspaceSlug }: { workspaceSlug: string }) {
  return (
    <Button component={Link} to={`/w/${workspaceSlug}/settings/billing`} size="xs" variant="light" color="orange" mt="xs">
      Upgrade
    </Button>
  );
}
