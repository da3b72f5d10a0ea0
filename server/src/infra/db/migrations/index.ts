import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000_foundation } from './Migration20261127000000_foundation';
import { Migration20261127010000_mail_outbox } from './Migration20261127010000_mail_outbox';
import { Migration20261127020000_teams } from './Migration20261127020000_teams';
import { Migration20261127030000_copilot } from './Migration20261127030000_copilot';
import { Migration20261201010000_search_statistics } from './Migration20261201010000_search_statistics';
import { Migration20261202000000_passage_page } from './Migration20261202000000_passage_page';
import { Migration20261203000000_one_owner } from './Migration20261203000000_one_owner';
import { Migration20261203010000_passage_embeddings } from './Migration20261203010000_passage_embeddings';
import { Migration20261204020000_uploads } from './Migration20261204020000_uploads';
import { Migration20261205000000_api_tokens } from './Migration20261205000000_api_tokens';
import { Migration20261205000000_email_verifications } from './Migration20261205000000_email_verifications';
import { Migration20261205000000_password_resets } from './Migration20261205000000_password_resets';
import { Migration20261206000000_data_exports } from './Migration20261206000000_data_exports';
import { Migration20261206000000_profile } from './Migration20261206000000_profile';
import { Migration20261206040000_cookie_consents } from './Migration20261206040000_cookie_consents';
import { Migration20261206050000_security_log } from './Migration20261206050000_security_log';
import { Migration20261207000000_billing } from './Migration20261207000000_billing';
import { Migration20261207000000_passage_heading_vector } from './Migration20261207000000_passage_heading_vector';
import { Migration20261208000000_search_words_in_angle_brackets } from './Migration20261208000000_search_words_in_angle_brackets';
import { Migration20261208010000_audit_events_actor_index } from './Migration20261208010000_audit_events_actor_index';
import { Migration20261209000000_reports_message_reporter_index } from './Migration20261209000000_reports_message_reporter_index';
import { Migration20261210000000_passages_workspace_lexeme_index } from './Migration20261210000000_passages_workspace_lexeme_index';

/**
 * Every migration, in order. Listed explicitly so the same code runs compiled (production) and from source under
 * vitest, where the migrator cannot require() .ts files by path.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127000000_foundation', class: Migration20261127000000_foundation },
  { name: 'Migration20261127010000_mail_outbox', class: Migration20261127010000_mail_outbox },
  { name: 'Migration20261127020000_teams', class: Migration20261127020000_teams },
  { name: 'Migration20261127030000_copilot', class: Migration20261127030000_copilot },
  { name: 'Migration20261201010000_search_statistics', class: Migration20261201010000_search_statistics },
  { name: 'Migration20261202000000_passage_page', class: Migration20261202000000_passage_page },
  { name: 'Migration20261203000000_one_owner', class: Migration20261203000000_one_owner },
  { name: 'Migration20261203010000_passage_embeddings', class: Migration20261203010000_passage_embeddings },
  { name: 'Migration20261204020000_uploads', class: Migration20261204020000_uploads },
  { name: 'Migration20261205000000_api_tokens', class: Migration20261205000000_api_tokens },
  { name: 'Migration20261205000000_email_verifications', class: Migration20261205000000_email_verifications },
  { name: 'Migration20261205000000_password_resets', class: Migration20261205000000_password_resets },
  { name: 'Migration20261206000000_profile', class: Migration20261206000000_profile },
  { name: 'Migration20261206000000_data_exports', class: Migration20261206000000_data_exports },
  { name: 'Migration20261206040000_cookie_consents', class: Migration20261206040000_cookie_consents },
  { name: 'Migration20261206050000_security_log', class: Migration20261206050000_security_log },
  { name: 'Migration20261207000000_passage_heading_vector', class: Migration20261207000000_passage_heading_vector },
  { name: 'Migration20261207000000_billing', class: Migration20261207000000_billing },
  {
    name: 'Migration20261208000000_search_words_in_angle_brackets',
    class: Migration20261208000000_search_words_in_angle_brackets,
  },
  { name: 'Migration20261208010000_audit_events_actor_index', class: Migration20261208010000_audit_events_actor_index },
  {
    name: 'Migration20261209000000_reports_message_reporter_index',
    class: Migration20261209000000_reports_message_reporter_index,
  },
  {
    name: 'Migration20261210000000_passages_workspace_lexeme_index',
    class: Migration20261210000000_passages_workspace_lexeme_index,
  },
];
