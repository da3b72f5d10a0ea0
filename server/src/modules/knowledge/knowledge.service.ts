import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { extractText } from '../../copilot/engine/extract-text';
import { splitPassages } from '../../copilot/engine/split-passages';
import { BadUserInputError, ForbiddenError, NotFoundError, nullIfNotFound } from '../../errors/app-error';
import type { Page } from '../../graphql/connection';
import { isUuid } from '../../graphql/loaders';
import { afterCursor, pageSize, toPage } from '../../infra/db/keyset-pagination';
import type { JobQueue } from '../../infra/jobs/job-queue';
import type { User } from '../account/user.entity';
import { Role, roleAtLeast } from '../workspace/role';
import type { UsageService } from '../workspace/usage.service';
import { viewerMembershipIn } from '../workspace/workspace-access';
import { Document, DocumentStatus } from './document.entity';
import type { AddDocumentInput } from './knowledge.inputs';
import { Passage } from './passage.entity';

export const INGEST_DOCUMENT_JOB = 'ingest-document';
/** Texts up to this size are split and indexed within the request; larger ones by a job, with progress. */
export const INLINE_INGEST_CHARS = 200_000;
const PASSAGE_BATCH = 200;

export interface KnowledgeDeps {
  em: EntityManager;
  usage: UsageService;
  jobs: JobQueue;
  searchLanguage: string;
}

export class KnowledgeService {
  constructor(private readonly deps: KnowledgeDeps) {}

  /**
   * Extracts the text (refusing files that are not what they claim, encrypted or image-only PDFs, empty ones),
   * checks the plan's limits, stores the document, and makes it searchable: at once for ordinary sizes, through a
   * job for large ones.
   */
  async add(viewer: User, workspaceId: string, input: AddDocumentInput): Promise<Document> {
    const source = await this.readSource(input);
    const { em } = this.deps;
    const document = await em.transactional(async (tx) => {
      await this.deps.usage.assertRoomForDocument(tx, workspaceId, source.sizeBytes);
      const created = tx.create(Document, {
        workspace: workspaceId,
        title: (input.title?.trim() || source.title).slice(0, 300),
        mimeType: source.mimeType,
        sizeBytes: source.sizeBytes,
        content: source.text,
        language: this.deps.searchLanguage,
        addedBy: viewer.id,
      });
      tx.persist(created);
      await tx.flush();
      if (source.text.length > INLINE_INGEST_CHARS)
        await this.deps.jobs.send(INGEST_DOCUMENT_JOB, { documentId: created.id }, { em: tx, retryLimit: 3 });
      return created;
    });
    if (source.text.length <= INLINE_INGEST_CHARS) await this.ingest(document.id);
    this.deps.usage.notifyChanged(workspaceId);
    return em.findOneOrFail(Document, document.id, { refresh: true });
  }

  /** Splits a stored document into passages and indexes them, reporting progress as it goes. Idempotent. */
  async ingest(documentId: string): Promise<void> {
    const em = this.deps.em.fork();
    const document = await em.findOne(Document, documentId, { populate: ['content'] });
    if (!document || document.status === DocumentStatus.READY) return;
    const passages = splitPassages(document.content);
    await em.nativeDelete(Passage, { document: documentId });
    for (let start = 0; start < passages.length; start += PASSAGE_BATCH) {
      // insertMany writes plain rows: entity property initializers (the id) do not run.
      const batch = passages.slice(start, start + PASSAGE_BATCH).map((passage) => ({
        id: randomUUID(),
        document: documentId,
        workspace: document.workspace.id,
        position: passage.index,
        heading: passage.heading,
        content: passage.content,
        documentTitle: document.title,
        language: document.language,
      }));
      await em.insertMany(Passage, batch);
      const progress = Math.round(((start + batch.length) / passages.length) * 100);
      await em.nativeUpdate(Document, { id: documentId }, { progress: Math.min(progress, 99) });
    }
    await em.nativeUpdate(Document, { id: documentId }, { status: DocumentStatus.READY, progress: 100, chunkCount: passages.length });
  }

  async list(
    workspaceId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    search: string | null | undefined,
  ): Promise<Page<Document>> {
    const size = pageSize(first);
    const term = search?.trim();
    if (term && term.length > 200) throw BadUserInputError.field('search', 'Search for at most 200 characters.');
    const where = { workspace: workspaceId, ...(term ? { title: { $ilike: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}) };
    const [rows, totalCount] = await Promise.all([
      this.deps.em.find(
        Document,
        { ...where, ...afterCursor(after, 'desc') },
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit: size + 1 },
      ),
      this.deps.em.count(Document, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  /** A document of a workspace the viewer belongs to, or null (another tenant's documents do not exist). */
  async find(viewer: User, id: string): Promise<Document | null> {
    const document = isUuid(id) ? await this.deps.em.findOne(Document, id) : null;
    if (!document) return null;
    const membership = await nullIfNotFound(viewerMembershipIn(this.deps.em, viewer.id, document.workspace.id));
    return membership ? document : null;
  }

  /** Titles and headings of the workspace's documents, for suggested questions. */
  async outline(workspaceId: string): Promise<Array<{ title: string; headings: string[] }>> {
    const rows = await this.deps.em.execute<Array<{ title: string; headings: string[] | null }>>(
      `select d.title, array_remove(array_agg(distinct p.heading), null) as headings
       from documents d left join passages p on p.document_id = d.id
       where d.workspace_id = ? and d.status = 'READY'
       group by d.id, d.title, d.created_at order by d.created_at desc limit 20`,
      [workspaceId],
    );
    return rows.map((row) => ({ title: row.title, headings: row.headings ?? [] }));
  }

  /** The document's text; with `maxChars`, only that much leaves the database (a preview of a 10 MB text). */
  async text(document: Document, maxChars?: number): Promise<string> {
    if (maxChars === undefined) {
      const loaded = await this.deps.em.findOneOrFail(Document, document.id, { populate: ['content'] });
      return loaded.content;
    }
    const [row] = await this.deps.em.execute<Array<{ text: string }>>('select left(content, ?) as text from documents where id = ?', [
      maxChars,
      document.id,
    ]);
    return row?.text ?? '';
  }

  /** Members delete their own documents; OWNER and ADMIN delete any. Its passages go with it. */
  async delete(viewer: User, id: string): Promise<void> {
    const { em } = this.deps;
    const document = isUuid(id) ? await em.findOne(Document, id) : null;
    if (!document) throw new NotFoundError('Document');
    const membership = await viewerMembershipIn(em, viewer.id, document.workspace.id, 'Document');
    const own = document.addedBy?.id === viewer.id;
    if (!roleAtLeast(membership.role, Role.ADMIN) && !(own && roleAtLeast(membership.role, Role.MEMBER))) {
      throw new ForbiddenError('Only admins delete other people’s documents, and viewers delete none.');
    }
    await em.nativeDelete(Document, { id });
    this.deps.usage.notifyChanged(document.workspace.id);
  }

  private async readSource(input: AddDocumentInput): Promise<{ title: string; text: string; mimeType: string; sizeBytes: number }> {
    const hasText = typeof input.text === 'string';
    if (hasText === Boolean(input.file)) throw BadUserInputError.field('file', 'Paste text or choose a file (one of the two).');
    if (input.file) {
      const bytes = Buffer.from(input.file.contentBase64, 'base64');
      const extracted = await extractText({ filename: input.file.filename, mimeType: input.file.mimeType ?? null, bytes });
      return { title: extracted.title, text: extracted.text, mimeType: extracted.mimeType, sizeBytes: bytes.length };
    }
    const text = (input.text ?? '').trim();
    if (!text) throw BadUserInputError.field('text', 'The text is empty.');
    const extracted = await extractText({
      filename: `${input.title?.trim() || 'Pasted text'}.md`,
      mimeType: 'text/markdown',
      bytes: Buffer.from(text, 'utf8'),
    });
    return { title: extracted.title, text: extracted.text, mimeType: 'text/markdown', sizeBytes: Buffer.byteLength(text, 'utf8') };
  }
}
