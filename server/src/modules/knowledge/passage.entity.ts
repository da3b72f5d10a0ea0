import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Workspace } from '../workspace/workspace.entity';
import { Document } from './document.entity';

/**
 * A searchable slice of a document. The `search_vector` column (generated in SQL, not mapped here) weighs the
 * heading and title above the body; the GIN index on (workspace_id, search_vector) keeps search inside one tenant.
 */
@Entity({ tableName: 'passages' })
export class Passage {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Document, { ref: true, deleteRule: 'cascade' })
  document!: Ref<Document>;

  /** Copied from the document so the index can start with it. */
  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @Property()
  position!: number;

  @Property({ type: 'text', nullable: true })
  heading: string | null = null;

  @Property({ type: 'text' })
  content!: string;

  /** The PDF page the passage starts on (1-based); null for formats without pages. */
  @Property({ type: 'integer', nullable: true })
  page: number | null = null;

  @Property({ length: 300 })
  documentTitle!: string;

  /** A PostgreSQL text search configuration (regconfig), e.g. english or simple. */
  @Property({ columnType: 'regconfig', type: 'string' })
  language!: string;
}
