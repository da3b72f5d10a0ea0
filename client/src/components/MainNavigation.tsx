import { Stack } from '@mantine/core';
import { useLocation, useMatch } from 'react-router';
import { NavItem } from './NavItem';

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
      <NavItem to={homePath} label="Home" active={onHome} />
      {sections.map(({ path, label }) => {
        const active = pathname === path || pathname.startsWith(`${path}/`);
        return <NavItem key={path} to={path} label={label} active={active} />;
      })}
      <NavItem to={settingsPath} label="Settings" active={onSettings} />
      {/* A plain link on purpose: the server answers browsers at /graphql with the playground page. */}
      <NavItem href="/graphql" target="_blank" rel="noopener" label="GraphQL playground" description="Opens in a new tab" />
    </Stack>
  );
}
