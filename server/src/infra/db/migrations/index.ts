import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000000_foundation } from './Migration20261127000000_foundation';

/**
 * Every migration, in order. Listed explicitly so the same code runs compiled (production) and from source under
 * vitest, where the migrator cannot require() .ts files by path.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127000000_foundation', class: Migration20261127000000_foundation },
];
