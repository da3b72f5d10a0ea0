import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../../errors/app-error';
import { isUuid } from '../../../shared/ids';
import type { User } from '../../account/user.entity';
import type { PlanId } from '../../billing/plans';
import type { UsageService } from '../../billing/usage.service';
import { Membership } from '../../workspace/membership.entity';
import { Role, roleAtLeast } from '../../workspace/role';
import { Upload } from './upload.entity';
import { UploadUnusableError } from './upload.errors';

export interface UploadedFile {
  filename: string;
  mimeType: string | null;
  bytes: Buffer;
}

// Control characters (NUL included) in a name end up in titles and logs: refused like any other text input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Files on their way to becoming documents: `POST /uploads` admits and stores them, `addDocument` reads one and
 * consumes it in the transaction that creates the document.
 */
export class UploadService {
  constructor(
    private readonly em: EntityManager,
    private readonly usage: UsageService,
  ) {}

  /**
   * Before a byte of the body is read: the viewer may add documents to this workspace (MEMBER or above, as
   * `addDocument` requires), and this is how many bytes the plan lets one file have.
   */
  async admit(viewer: User, workspaceId: string): Promise<{ maxBytes: number; plan: PlanId }> {
    const membership = isUuid(workspaceId) ? await this.em.findOne(Membership, { user: viewer.id, workspace: workspaceId }) : null;
    // Not a member: the workspace "does not exist", as for every GraphQL field.
    if (!membership) throw new NotFoundError('Workspace');
    if (!roleAtLeast(membership.role, Role.MEMBER)) throw new ForbiddenError('This needs the MEMBER role or higher in this workspace.');
    return this.usage.assertDocumentSize(workspaceId, 0);
  }

  /** Keeps the file for its uploader; expired uploads of anyone are purged on the way (there is no scheduler). */
  async store(viewer: User, workspaceId: string, file: UploadedFile): Promise<Upload> {
    const filename = file.filename.trim();
    if (!filename || filename.length > 255 || CONTROL_CHARACTERS.test(filename)) {
      throw BadUserInputError.field('file', 'The file needs a name of at most 255 characters.');
    }
    await this.usage.assertDocumentSize(workspaceId, file.bytes.length);
    await this.purgeExpired();
    const upload = this.em.create(Upload, {
      workspace: workspaceId,
      uploadedBy: viewer.id,
      filename,
      mimeType: file.mimeType?.slice(0, 100) || null,
      sizeBytes: file.bytes.length,
      content: file.bytes,
    });
    await this.em.persist(upload).flush();
    return upload;
  }

  /** The file behind an `uploadId`, when it is this viewer's, for this workspace, and not expired. */
  async read(viewer: User, workspaceId: string, uploadId: string): Promise<UploadedFile> {
    const upload = isUuid(uploadId)
      ? await this.em.findOne(Upload, { id: uploadId, uploadedBy: viewer.id, workspace: workspaceId }, { populate: ['content'] })
      : null;
    if (!upload) throw new UploadUnusableError('unknown');
    if (upload.expiresAt.getTime() <= Date.now()) {
      await this.em.nativeDelete(Upload, { id: upload.id });
      throw new UploadUnusableError('expired');
    }
    return { filename: upload.filename, mimeType: upload.mimeType, bytes: Buffer.from(upload.content) };
  }

  /**
   * Deletes the upload inside the transaction that creates its document: both happen or neither. When a parallel
   * `addDocument` consumed it first, this one fails and its document is rolled back (one upload, one document).
   */
  async consume(tx: EntityManager, viewer: User, uploadId: string): Promise<void> {
    const deleted = await tx.nativeDelete(Upload, { id: uploadId, uploadedBy: viewer.id });
    if (deleted !== 1) throw new UploadUnusableError('unknown');
  }

  async purgeExpired(): Promise<number> {
    return this.em.nativeDelete(Upload, { expiresAt: { $lte: new Date() } });
  }
}
