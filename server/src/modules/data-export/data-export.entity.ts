import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../account/user.entity';
import { DataExportStatus } from './data-export-status';
import './data-export.types';

/**
 * One archive of everything about a user (GDPR articles 15 and 20). The zip itself lives in `data_export_chunks`
 * (bytea, 1 MiB a row, written as the archive streams out), so any instance can serve it; the chunks go when the
 * export expires, the row stays as a record that it was made.
 */
@ObjectType({ description: 'An archive of everything Askbase keeps about the viewer (GDPR articles 15 and 20).' })
@Entity({ tableName: 'data_exports' })
@Index({ properties: ['user', 'createdAt'] })
export class DataExport {
  @Field(() => ID, { description: 'Stable unique identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => DataExportStatus, { description: 'Where the export is.' })
  @Enum({ items: () => DataExportStatus, nativeEnumName: 'data_export_status' })
  status: DataExportStatus & Opt = DataExportStatus.PENDING;

  /** 0 to 1: the share of the archive's sections written so far. */
  @Field(() => Float, { description: 'From 0 to 1: how much of the archive is written.' })
  @Property({ type: 'double' })
  progress: number & Opt = 0;

  /** The archive's size once READY. */
  @Field(() => Int, { nullable: true, description: "The archive's size in bytes, once READY." })
  @Property({ type: 'integer', nullable: true })
  sizeBytes: number | null = null;

  @Field(() => Date, { description: 'When it was asked for.' })
  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When the archive was ready (or failed).' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  /** Set when READY: the download works until then, and the cleanup job removes the archive at that time. */
  @Field(() => Date, { nullable: true, description: 'When the archive is deleted; set once READY.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt: Date | null = null;
}
