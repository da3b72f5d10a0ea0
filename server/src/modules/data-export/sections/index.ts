import { apiTokensSection } from './api-tokens';
import { auditEntriesSection } from './audit-entries';
import { conversationsSection } from './conversations';
import { cookieConsentsSection } from './cookie-consents';
import { membershipsSection } from './memberships';
import { profileSection } from './profile';
import { ratingsSection } from './ratings';
import { reportsSection } from './reports';
import { savedQueriesSection } from './saved-queries';
import type { ExportSection } from './section';
import { sessionsSection } from './sessions';

/**
 * The archive's files, in order. Whatever a feature stores about a person gets a section here: write one module
 * beside these (see section.ts for the helpers) and add it to this list; the export job, its progress and the
 * manifest pick it up. File names must be unique (a test checks).
 */
export const exportSections: readonly ExportSection[] = [
  profileSection,
  membershipsSection,
  sessionsSection,
  apiTokensSection,
  conversationsSection,
  savedQueriesSection,
  ratingsSection,
  reportsSection,
  cookieConsentsSection,
  auditEntriesSection,
];
