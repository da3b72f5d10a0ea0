import { Anchor, Blockquote, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { CitationPopover_CitationFragment } from '../../gql/graphql';
import classes from './CitationPopover.module.css';

export const CitationPopoverFragment = graphql(`
  fragment CitationPopover_citation on Citation {
    index
    passage
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

/** A numbered source marker in an answer; clicking it shows the cited passage and where it comes from. */
export function CitationPopover({ citation, workspaceSlug }: CitationPopoverProps) {
  const { index, document } = citation;
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
            {citation.heading && (
              <Text size="xs" c="dimmed">
                {citation.heading}
              </Text>
            )}
          </div>
          <Blockquote p="xs" radius="sm" className={classes.passage}>
            <Text size="sm">{citation.passage}</Text>
          </Blockquote>
          {document ? (
            <Anchor component={Link} to={`/w/${workspaceSlug}/documents/${document.id}`} size="sm">
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
