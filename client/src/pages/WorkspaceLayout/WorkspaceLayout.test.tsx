import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../AppRoutes';
import { ada, viewerMock, workspaceCan } from '../../test/mocks';
import { renderWithProviders } from '../../test/renderWithProviders';
import { WorkspaceHomeQuery } from '../WorkspaceHome/WorkspaceHomePage';
import { WorkspaceLayoutQuery } from './WorkspaceLayout';

const acme = {
  __typename: 'Workspace' as const,
  id: 'w1',
  name: 'Acme Support',
  slug: 'acme',
  viewerRole: 'ADMIN' as const,
  viewerCan: workspaceCan({ manageReports: true }),
};

describe('WorkspaceLayout', () => {
  // A page drawn before the frame's data would be pushed down by the verification banner when it arrives: the largest
  // layout shift of the chat page on a phone. The page mounts at once (its queries start) but stays hidden meanwhile;
  // the other page tests show it once the frame has answered.
  it('keeps a page that is ready hidden, behind a skeleton, while the frame has not answered', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/w/acme',
      mocks: [
        viewerMock(ada),
        // The frame has not answered yet (within this test): the page's own answer is there.
        {
          request: { query: WorkspaceLayoutQuery },
          result: { data: { me: { ...ada, emailVerified: false, avatarUrl: null }, workspaces: [acme] } },
          delay: 2_000_000_000,
        },
        { request: { query: WorkspaceHomeQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      ],
    });

    // The frame's own parts are there (the header), the content area waits behind the skeleton: the page and the
    // footer under it are mounted but not shown.
    expect(await screen.findByRole('button', { name: 'Open navigation' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Loading the page' })).toBeVisible();
    expect(screen.getByText('Pricing')).not.toBeVisible();
  });

  // On a phone the navigation is a panel the burger opens (AppFrame.module.css shows it only with data-open), and
  // following one of its links closes it again.
  it('opens the navigation with the burger and closes it once a link is followed', async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/w/acme',
      mocks: [
        viewerMock(ada),
        {
          request: { query: WorkspaceLayoutQuery },
          result: { data: { me: { ...ada, emailVerified: true, avatarUrl: null }, workspaces: [acme] } },
        },
        { request: { query: WorkspaceHomeQuery, variables: { slug: 'acme' } }, result: { data: { workspace: acme } } },
      ],
    });

    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    const panel = navigation.parentElement;
    expect(panel).not.toHaveAttribute('data-open');
    await userEvent.click(screen.getByRole('button', { name: 'Open navigation' }));
    expect(panel).toHaveAttribute('data-open');
    await userEvent.click(within(navigation).getByRole('link', { name: 'Documents' }));
    expect(panel).not.toHaveAttribute('data-open');
    expect(screen.getByRole('button', { name: 'Open navigation' })).toBeInTheDocument();
  });
});
