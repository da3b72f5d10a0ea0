import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';

/**
 * Where a plan limit bites: the way to lift it, on the workspace's billing settings (checkout starts there). The
 * workspace is the one in the address (/w/:slug/…) unless given.
 */
export function UpgradeButton({ workspaceSlug }: { workspaceSlug?: string }) {
  const { slug } = useParams();
  const target = workspaceSlug ?? slug;
  if (!target) return null;
  return (
    <div>
      <Button component={Link} to={`/w/${target}/settings/billing`} size="xs" variant="light" color="orange" mt="xs">
        Upgrade
      </Button>
    </div>
  );
}
