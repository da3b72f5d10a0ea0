import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/renderWithProviders';
import { Composer } from './Composer';

function renderComposer({ streaming = false, sent = true } = {}) {
  const onSend = vi.fn(async (_question: string) => sent);
  const onStop = vi.fn();
  renderWithProviders(<Composer onSend={onSend} onStop={onStop} streaming={streaming} />);
  return { onSend, onStop, box: screen.getByRole('textbox', { name: 'Ask a question' }), user: userEvent.setup() };
}

describe('Composer', () => {
  it('sends on Enter and empties the box', async () => {
    const { onSend, box, user } = renderComposer();
    await user.type(box, 'How do refunds work?{Enter}');
    expect(onSend).toHaveBeenCalledExactlyOnceWith('How do refunds work?');
    expect(box).toHaveValue('');
  });

  it('adds a line on Shift+Enter without sending', async () => {
    const { onSend, box, user } = renderComposer();
    await user.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    expect(box).toHaveValue('First line\nsecond line');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('does not send an empty question', async () => {
    const { onSend, box, user } = renderComposer();
    await user.type(box, '   {Enter}');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('stops a streaming answer on Esc, and does not send meanwhile', async () => {
    const { onSend, onStop, box, user } = renderComposer({ streaming: true });
    await user.type(box, 'Next question{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onStop).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Stop answer' })).toBeInTheDocument();
  });

  it('ignores Esc when nothing streams', async () => {
    const { onStop, box, user } = renderComposer();
    await user.type(box, '{Escape}');
    expect(onStop).not.toHaveBeenCalled();
  });

  it('gives the question back when it could not be sent', async () => {
    const { box, user } = renderComposer({ sent: false });
    await user.type(box, 'Lost?{Enter}');
    expect(box).toHaveValue('Lost?');
  });
});
