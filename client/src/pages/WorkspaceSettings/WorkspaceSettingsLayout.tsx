import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { findErrorWithCode } from '../../apollo/serverErrors';
import { LoadFailedState } from '../../components/LoadFailedState';
import { PageSkeleton } from '../../components/PageSkeleton';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';

export const WorkspaceSettingsQuery = graphql(`
  query WorkspaceSettings($slug: String!) {
    workspace(slug: $slug) {
      id
      name
      slug
      # For the sections inside: the audit log tab and page, and whether the members page asks for invitations.
      viewerCan {
        readAuditLog
        invite
        manageBilling
      }
    }
  }
`);

type Section = 'general' | 'members' | 'billing' | 'audit' | 'sessions' | 'api-tokens';

/** /w/:slug/settings/*: the heading and the section tabs; each section is a page of its own inside. */
export function WorkspaceSettingsLayout() {
  const { slug = '' } = useParams();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(WorkspaceSettingsQuery, { variables: { slug } });
  const workspace = data?.workspace;

  if (loading) return <SettingsSkeleton />;
  const hidden = findErrorWithCode(error, 'FORBIDDEN') ?? findErrorWithCode(error, 'NOT_FOUND');
  if (error && !hidden) return <LoadFailedState onRetry={() => void refetch()} />;
  if (!workspace) return <WorkspaceNotFoundState slug={slug} />;

  // Members are visible to everyone in the workspace; the audit log only to those the server lets read it.
  const sections: { value: Section; label: string }[] = [
    { value: 'general', label: 'General' },
    { value: 'members', label: 'Members' },
    // Everyone sees the plan and usage; the page offers upgrading and invoices to the owner only.
    { value: 'billing', label: 'Billing' },
    ...(workspace.viewerCan.readAuditLog ? [{ value: 'audit' as const, label: 'Audit log' }] : []),
    // The viewer's own account.
    { value: 'sessions', label: 'Sessions' },
    { value: 'api-tokens', label: 'API tokens' },
  ];
  const current = sectionOf(pathname);
  const base = `/w/${workspace.slug}/settings`;
  // The heading and tabs stay while a section's chunk loads.
  const outlet = (
    <Suspense fallback={<PageSkeleton label="Loading the section" />}>
      <Outlet context={{ workspace }} />
    </Suspense>
  );

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Settings
        </Title>
        <Text c="dimmed" size="sm">
          {workspace.name}
        </Text>
      </div>
      <Tabs value={current} onChange={(value) => navigate(value === 'general' ? base : `${base}/${value}`)} keepMounted={false}>
        <Tabs.List aria-label="Settings sections">
          {sections.map((section) => (
            <Tabs.Tab key={section.value} value={section.value}>
              {section.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {sections.map((section) => (
          <Tabs.Panel key={section.value} value={section.value} pt="lg">
            {section.value === current && outlet}
          </Tabs.Panel>
        ))}
      </Tabs>
      {/* A section without a tab (the audit log for a member): its page explains why it is not available. */}
      {!sections.some((section) => section.value === current) && outlet}
    </Stack>
  );
}

function sectionOf(pathname: string): Section {
  if (/\/settings\/members\/?$/.test(pathname)) return 'members';
  if (/\/settings\/billing\/?$/.test(pathname)) return 'billing';
  if (/\/settings\/audit\/?$/.test(pathname)) return 'audit';
  if (/\/settings\/sessions\/?$/.test(pathname)) return 'sessions';
  if (/\/settings\/api-tokens\/?$/.test(pathname)) return 'api-tokens';
  return 'general';
}

function SettingsSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading settings">
      <Skeleton height={32} width="30%" radius="sm" />
      <Skeleton height={36} width="50%" radius="sm" />
      <Skeleton height={220} radius="md" />
    </Stack>
  );
}
