import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../account/user.entity';
import { Workspace } from '../workspace/workspace.entity';

export enum DocumentStatus {
  PROCESSING = 'PROCESSING',
  READY = 'READY',
  FAILED = 'FAILED',
}

registerEnumType(DocumentStatus, { name: 'DocumentStatus', description: 'Where a document is in ingestion.' });

/** A source the copilot answers from: its extracted text, split into searchable passages. */
@ObjectType({ description: 'A document in a workspace: the copilot answers from its passages.' })
@Entity({ tableName: 'documents' })
@Index({ properties: ['workspace', 'createdAt', 'id'] })
export class Document {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @Field({ description: 'Title: the first heading, else the file name.' })
  @Property({ length: 300 })
  title!: string;

  @Field({ description: 'Type of the original: text/plain, text/markdown, text/csv, text/html or application/pdf.' })
  @Property({ length: 100 })
  mimeType!: string;

  @Field(() => Int, { description: 'Size of the original in bytes.' })
  @Property()
  sizeBytes!: number;

  @Field(() => Int, { description: 'Number of passages it was split into.' })
  @Property({ type: 'integer' })
  chunkCount: number & Opt = 0;

  /** The extracted text, kept for viewing the document; passages are what is searched. */
  @Property({ type: 'text', lazy: true })
  content!: string;

  @Field(() => DocumentStatus, { description: 'READY once its passages are searchable.' })
  @Enum({ items: () => DocumentStatus, nativeEnumName: 'document_status' })
  status: DocumentStatus & Opt = DocumentStatus.PROCESSING;

  @Field(() => Int, { description: 'Ingestion progress, 0 to 100.' })
  @Property({ type: 'integer' })
  progress: number & Opt = 0;

  @Field(() => String, { nullable: true, description: 'Why ingestion failed, when it did.' })
  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** PostgreSQL text search configuration used for its passages (english, simple, german, ...). */
  @Property({ type: 'string', length: 32 })
  language: string & Opt = 'english';

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  addedBy: Ref<User> | null = null;

  @Field(() => Date, { description: 'When it was added.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
