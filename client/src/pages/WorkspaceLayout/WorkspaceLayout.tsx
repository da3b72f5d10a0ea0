import { useQuery } from '@apollo/client/react';
import { Burger, Group, Skeleton, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { ColorSchemeToggle } from '../../components/ColorSchemeToggle';
import { MainNavigation } from '../../components/MainNavigation';
import { PageSkeleton } from '../../components/PageSkeleton';
import { SiteFooter } from '../../components/SiteFooter';
import { EmailVerificationBanner } from '../../features/account/EmailVerificationBanner';
import { UserMenu } from '../../features/account/UserMenu';
import { WorkspaceSwitcher } from '../../features/workspace/WorkspaceSwitcher';
import { graphql } from '../../gql';
import { type RouteDataPreloader, startQuery } from '../../routing/routeData';
import { AppFrame } from './AppFrame';

export const WorkspaceLayoutQuery = graphql(`
  query WorkspaceLayout {
    me {
      id
      ...UserMenu_user
      ...EmailVerificationBanner_user
    }
    workspaces {
      id
      slug
      viewerCan {
        manageReports
      }
      ...WorkspaceSwitcher_workspace
    }
  }
`);

/** The frame's query, asked for with its chunk rather than after the session check (see routing/routeData). */
export const preloadRouteData: RouteDataPreloader = (client) => startQuery(client.query({ query: WorkspaceLayoutQuery }));

/** The signed-in app frame around every /w/:slug page. */
export function WorkspaceLayout() {
  const { slug = '' } = useParams();
  const [navbarOpen, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const { data, loading } = useQuery(WorkspaceLayoutQuery);
  // The page mounts at once (its chunk and queries start together with this one) but shows only with the frame's
  // data: the email verification banner drawn above it would otherwise push a painted page down, the largest layout
  // shift of the chat page (CLS 0.19 on a phone). Hidden, not unmounted; shown anyway if this query fails.
  const framePending = loading && !data;
  const current = data?.workspaces.find((workspace) => workspace.slug === slug);

  return (
    <AppFrame
      navbarOpen={navbarOpen}
      onNavbarClick={closeNavbar}
      header={
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpen}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={navbarOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Text component={Link} to={`/w/${slug}`} fw={700} c="indigo" size="lg" td="none">
              Askbase
            </Text>
            {data ? (
              <WorkspaceSwitcher workspaces={data.workspaces} currentSlug={slug} />
            ) : (
              <Skeleton height={28} width={160} radius="sm" />
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ColorSchemeToggle />
            {data?.me ? <UserMenu user={data.me} /> : <Skeleton height={38} circle />}
          </Group>
        </Group>
      }
      navbar={<MainNavigation workspaceSlug={slug} canSeeReports={current?.viewerCan.manageReports ?? false} />}
    >
      {framePending && <PageSkeleton />}
      <div style={framePending ? { visibility: 'hidden' } : undefined}>
        {data?.me && <EmailVerificationBanner user={data.me} />}
        {/* The frame stays while a page's chunk loads: only the content area shows a skeleton. */}
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
        <SiteFooter />
      </div>
    </AppFrame>
  );
}
