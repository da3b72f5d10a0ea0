import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../../account/user.entity';
import { Workspace } from '../../workspace/workspace.entity';

/** How long a received file waits for the `addDocument` that names it. */
export const UPLOAD_LIFETIME_MS = 60 * 60 * 1000;

/** A file received by `POST /uploads`, waiting for `addDocument(input: { uploadId })`; usable by its uploader only. */
@Entity({ tableName: 'uploads' })
export class Upload {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workspace, { ref: true, deleteRule: 'cascade' })
  workspace!: Ref<Workspace>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  uploadedBy!: Ref<User>;

  @Property({ length: 255 })
  filename!: string;

  /** What the browser said; the content decides (as for a base64 file). */
  @Property({ type: 'string', length: 100, nullable: true })
  mimeType: string | null = null;

  @Property()
  sizeBytes!: number;

  /** Lazy: listing or checking an upload never drags its megabytes along. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  expiresAt: Date & Opt = new Date(Date.now() + UPLOAD_LIFETIME_MS);
}
