import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CitationPopover_CitationFragment } from '../../gql/graphql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MarkdownAnswer } from './MarkdownAnswer';

const refunds: CitationPopover_CitationFragment = {
  index: 1,
  passage: 'Refunds are paid back within 5 business days.',
  quotes: [],
  page: null,
  passagePosition: 2,
  documentTitle: 'Customer policies',
  heading: 'Customer policies > Refunds',
  document: { id: 'd1', title: 'Customer policies' },
};

function renderAnswer(text: string, citations: CitationPopover_CitationFragment[] = [refunds]) {
  return renderWithProviders(<MarkdownAnswer text={text} citations={citations} workspaceSlug="acme" />);
}

describe('MarkdownAnswer', () => {
  it('renders Markdown: emphasis, lists and links that open in a new tab', () => {
    renderAnswer('**Refunds** take:\n\n- 5 days\n- by card\n\nSee [the policy](https://example.com/policy).');
    expect(screen.getByText('Refunds').tagName).toBe('STRONG');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const link = screen.getByRole('link', { name: /^the policy ?\(external link\)$/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('renders GitHub Markdown: tables, strikethrough and bare URLs as links', () => {
    renderAnswer('| Plan | Seats |\n| --- | --- |\n| Pro | 10 |\n\nThe ~~old~~ limit. Details: https://example.com/plans');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Seats' })).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: '10' })).toBeInTheDocument();
    expect(screen.getByText('old').tagName).toBe('DEL');
    expect(screen.getByRole('link', { name: /^https:\/\/example\.com\/plans/ })).toHaveAttribute('href', 'https://example.com/plans');
  });

  it('never loads a remote image from a document: it becomes a link to it', () => {
    const { container } = renderAnswer('Logo: ![the logo](https://tracker.example.com/pixel.png)');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: /the logo/ })).toHaveAttribute('href', 'https://tracker.example.com/pixel.png');
  });

  it('turns [n] markers into buttons that open the cited passage with a link to its document', async () => {
    renderAnswer('Refunds take 5 business days [1].');
    const marker = screen.getByRole('button', { name: 'Source 1: Customer policies' });
    expect(screen.queryByText('Refunds are paid back within 5 business days.')).not.toBeInTheDocument();

    await userEvent.setup().click(marker);
    const source = await screen.findByRole('dialog', { name: 'Source 1: Customer policies' });
    expect(within(source).getByText('Refunds are paid back within 5 business days.')).toBeInTheDocument();
    expect(within(source).getByText('Customer policies > Refunds')).toBeInTheDocument();
    expect(within(source).getByRole('link', { name: /Open “Customer policies”/ })).toHaveAttribute(
      'href',
      '/w/acme/documents/d1?passage=2',
    );
  });

  it('marks the sentences the answer used inside the passage, whatever its line breaks, and says the PDF page', async () => {
    const handbook: CitationPopover_CitationFragment = {
      ...refunds,
      passage: 'Refunds go back to the card.\nThey are paid\n  within 5 business days. <b>Cash</b> is not refunded.',
      quotes: ['They are paid within 5 business days.'],
      page: 4,
    };
    renderAnswer('Refunds take 5 business days [1].', [handbook]);
    await userEvent.setup().click(screen.getByRole('button', { name: /Source 1/ }));
    const source = await screen.findByRole('dialog', { name: 'Source 1: Customer policies' });
    const marks = source.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['They are paid\n  within 5 business days.']);
    // The rest of the passage is there, unmarked, and its markup is text, not HTML.
    expect(source).toHaveTextContent('Refunds go back to the card.');
    expect(source).toHaveTextContent('<b>Cash</b> is not refunded.');
    expect(source.querySelector('b')).toBeNull();
    expect(within(source).getByText('Customer policies > Refunds · page 4')).toBeInTheDocument();
  });

  it('opens the document at the cited passage, carrying the quotes along', async () => {
    renderAnswer('Refunds take 5 business days [1].', [{ ...refunds, quotes: ['Refunds are paid back within 5 business days.'] }]);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Source 1/ }));
    await user.click(await screen.findByRole('link', { name: /Open “Customer policies”/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('/w/acme/documents/d1?passage=2');
  });

  it('leaves a marker as text until its citation is known (mid-stream) and in code', () => {
    renderAnswer('Pending [2] and `array[1]`.', [refunds]);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/Pending \[2\]/)).toBeInTheDocument();
    expect(screen.getByText('array[1]').tagName).toBe('CODE');
  });

  it('says when a cited document was deleted, keeping the passage', async () => {
    renderAnswer('Gone [1].', [{ ...refunds, document: null }]);
    await userEvent.setup().click(screen.getByRole('button', { name: /Source 1/ }));
    expect(await screen.findByText('This document has since been deleted.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('never renders HTML from the answer: no script, no image with an onerror handler, no javascript: link', () => {
    const { container } = renderAnswer(
      'Hello <script>window.hacked = true</script>\n\n<img src="x" onerror="window.hacked = true">\n\n<b>bold?</b> [click](javascript:window.hacked=true)',
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    // The link text stays; its javascript: address does not.
    expect(screen.getByText('click').getAttribute('href') ?? '').not.toContain('javascript');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });
});
