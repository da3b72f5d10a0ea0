import { NavLink, Stack } from '@mantine/core';
import { Link, useMatch } from 'react-router';

/** The shell's side navigation for one workspace. */
export function MainNavigation({ workspaceSlug }: { workspaceSlug: string }) {
  const homePath = `/w/${workspaceSlug}`;
  const settingsPath = `${homePath}/settings`;
  const onHome = useMatch({ path: homePath, end: true }) !== null;
  // Every settings section (general, members, audit) keeps "Settings" highlighted.
  const onSettings = useMatch({ path: settingsPath, end: false }) !== null;

  return (
    <Stack gap={4} component="nav" aria-label="Main">
      <NavLink component={Link} to={homePath} label="Home" active={onHome} aria-current={onHome ? 'page' : undefined} />
      <NavLink component={Link} to={settingsPath} label="Settings" active={onSettings} aria-current={onSettings ? 'page' : undefined} />
      {/* A plain link on purpose: the server answers browsers at /graphql with the playground page. */}
      <NavLink component="a" href="/graphql" target="_blank" rel="noopener" label="GraphQL playground" description="Opens in a new tab" />
    </Stack>
  );
}
