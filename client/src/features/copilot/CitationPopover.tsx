import { Anchor, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { Popover } from '../../components/floating';
import { graphql } from '../../gql';
import type { CitationPopover_CitationFragment } from '../../gql/graphql';
import { type PassageLinkState, passagePath } from '../citations/passageLink';
import { CitationPassage } from './CitationPassage';
import classes from './CitationPopover.module.css';

export const CitationPopoverFragment = graphql(`
  fragment CitationPopover_citation on Citation {
    index
    passage
    quotes
    page
    passagePosition
    documentTitle
    heading
    document {
      id
      title
    }
  }
`);

interface CitationPopoverProps {
  citation: CitationPopover_CitationFragment;
  workspaceSlug: string;
}

/**
 * A numbered source marker in an answer; clicking it shows the cited passage, with the sentences the answer used
 * marked, where it comes from, and a link to the document scrolled to it.
 */
export function CitationPopover({ citation, workspaceSlug }: CitationPopoverProps) {
  const { index, document } = citation;
  // Where in the document: the section, and the page for PDFs ("Setup > Ports · page 4").
  const where = [citation.heading, typeof citation.page === 'number' ? `page ${citation.page}` : null].filter(Boolean).join(' · ');
  return (
    <Popover width={380} position="top" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton className={classes.marker} aria-label={`Source ${index}: ${citation.documentTitle}`}>
          {index}
        </UnstyledButton>
      </Popover.Target>
      {/* A dialog named by its marker ("Source 1: Customer policies"), which Mantine links as its label. */}
      <Popover.Dropdown role="dialog">
        <Stack gap="xs">
          <div>
            <Text size="sm" fw={600}>
              {citation.documentTitle}
            </Text>
            {where && (
              <Text size="xs" c="dimmed">
                {where}
              </Text>
            )}
          </div>
          <CitationPassage passage={citation.passage} quotes={citation.quotes} />
          {document ? (
            <Anchor
              component={Link}
              to={passagePath(workspaceSlug, document.id, citation.passagePosition)}
              // The quotes ride along so the document page can mark them too; the URL alone still finds the passage.
              state={{ quotes: citation.quotes } satisfies PassageLinkState}
              size="sm"
            >
              Open “{document.title}”
            </Anchor>
          ) : (
            // The passage is kept as it was cited even after its document was deleted.
            <Text size="xs" c="dimmed">
              This document has since been deleted.
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
