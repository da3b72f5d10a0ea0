import { NavLink, Stack } from '@mantine/core';
import { Link, useLocation, useMatch } from 'react-router';

interface MainNavigationProps {
  workspaceSlug: string;
  /** Whether to link the reports inbox: for those the server lets manage reports (Workspace.viewerCan). */
  canSeeReports?: boolean;
}

/** The shell's side navigation for one workspace. */
export function MainNavigation({ workspaceSlug, canSeeReports = false }: MainNavigationProps) {
  const homePath = `/w/${workspaceSlug}`;
  const settingsPath = `${homePath}/settings`;
  const onHome = useMatch({ path: homePath, end: true }) !== null;
  // A section stays highlighted on its sub-pages (a conversation, a document).
  const sections = [
    { path: `${homePath}/chat`, label: 'Ask the copilot' },
    { path: `${homePath}/documents`, label: 'Documents' },
    { path: `${homePath}/saved`, label: 'Saved questions' },
    ...(canSeeReports ? [{ path: `${homePath}/reports`, label: 'Reports' }] : []),
  ];
  const pathname = useLocation().pathname;
  // Every settings section (general, members, audit) keeps "Settings" highlighted.
  const onSettings = useMatch({ path: settingsPath, end: false }) !== null;

  return (
    <Stack gap={4} component="nav" aria-label="Main">
      <NavLink component={Link} to={homePath} label="Home" active={onHome} aria-current={onHome ? 'page' : undefined} />
      {sections.map(({ path, label }) => {
        const active = pathname === path || pathname.startsWith(`${path}/`);
        return <NavLink key={path} component={Link} to={path} label={label} active={active} aria-current={active ? 'page' : undefined} />;
      })}
      <NavLink component={Link} to={settingsPath} label="Settings" active={onSettings} aria-current={onSettings ? 'page' : undefined} />
      {/* A plain link on purpose: the server answers browsers at /graphql with the playground page. */}
      <NavLink component="a" href="/graphql" target="_blank" rel="noopener" label="GraphQL playground" description="Opens in a new tab" />
    </Stack>
  );
}
