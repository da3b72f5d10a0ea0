/**
 * A passage's heading is the path of headings above it, joined with this ("Billing > Refunds"). Ingestion writes
 * it, the engine reads the last step of it to name a topic: one constant, so both agree.
 */
export const HEADING_SEPARATOR = ' > ';

/** The last step of a heading path: the passage's own section ("Refunds" of "Billing > Refunds"). */
export function lastHeading(heading: string | null | undefined): string | undefined {
  return heading?.split(HEADING_SEPARATOR).at(-1);
}
