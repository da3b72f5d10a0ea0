import { Button, MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { theme } from '../../theme';
import { createFloatingLoader, FloatingLoaderContext, type FloatingParts, Menu, Modal, Tooltip } from './deferredFloating';

/** An instance whose code arrives when the test says (the real Mantine parts, held back). */
function heldBack() {
  let release: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  let loads = 0;
  const loader = createFloatingLoader(async () => {
    loads += 1;
    await arrived;
    return (await import('./floatingParts')) as FloatingParts;
  });
  return { loader, release: () => release(), loads: () => loads };
}

const renderWithLoader = (loader: ReturnType<typeof createFloatingLoader>, ui: React.ReactElement) =>
  render(
    <MantineProvider theme={theme} env="test">
      <FloatingLoaderContext.Provider value={loader}>{ui}</FloatingLoaderContext.Provider>
    </MantineProvider>,
  );

/** A button that opens a dialog, with a tooltip. */
function SendWithConfirmation() {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Tooltip label="Send (Enter)">
        <Button onClick={() => setOpened(true)}>Send</Button>
      </Tooltip>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Sent">
        Done
      </Modal>
    </>
  );
}

describe('deferred floating components', () => {
  it('opens a menu clicked before its code arrived, once it arrives', async () => {
    const { loader, release } = heldBack();
    renderWithLoader(
      loader,
      <Menu>
        <Menu.Target>
          <Button>Actions</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item>Rename</Menu.Item>
        </Menu.Dropdown>
      </Menu>,
    );
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Actions' }));
    expect(screen.queryByRole('menuitem', { name: 'Rename' })).not.toBeInTheDocument();
    release();

    expect(await screen.findByRole('menuitem', { name: 'Rename' })).toBeInTheDocument();
  });

  it('shows a tooltip target at once, and a dialog only when opened, fetching the code once', async () => {
    const { loader, release, loads } = heldBack();
    renderWithLoader(loader, <SendWithConfirmation />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    release();

    expect(await screen.findByRole('dialog', { name: 'Sent' })).toBeInTheDocument();
    expect(loads()).toBe(1);
  });
});
