import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError, nullIfNotFound } from '../../errors/app-error';
import { afterCursor, pageSize, toPage } from '../../infra/db/keyset-pagination';
import type { JobQueue } from '../../infra/jobs/job-queue';
import { isUuid } from '../../shared/ids';
import type { Page } from '../../shared/pagination';
import type { User } from '../account/user.entity';
import type { UsageService } from '../billing/usage.service';
import { actorOf, viewerMembershipIn } from '../workspace/workspace-access';
import { Document, DocumentStatus } from './document.entity';
import { assertCanDeleteDocument } from './document.policy';
import type { DocumentPassage } from './document-passage.types';
import { extractTextInWorker } from './ingest/extract-in-worker';
import type { ExtractTextInput } from './ingest/extract-text';
import { splitPassages } from './ingest/split-passages';
import type { AddDocumentInput } from './knowledge.inputs';
import { Passage } from './passage.entity';
import { EMBED_PASSAGES_JOB, type EmbedPassagesJob } from './passage-embeddings';
import type { UploadService } from './uploads/upload.service';

export const INGEST_DOCUMENT_JOB = 'ingest-document';
/** Texts up to this size are split and indexed within the request; larger ones by a job, with progress. */
export const INLINE_INGEST_CHARS = 200_000;
const PASSAGE_BATCH = 200;
/** Extracted text may be this many times the plan's byte limit (Markdown and HTML shrink; CSV grows with headers). */
const TEXT_CHARS_PER_ALLOWED_BYTE = 4;
const BASE64_LINE_BREAK_SLACK = 1.05;

export interface KnowledgeDeps {
  em: EntityManager;
  usage: UsageService;
  uploads: UploadService;
  jobs: JobQueue;
  searchLanguage: string;
  /** An embeddings endpoint is configured: stored passages get their vectors from a job. */
  embeddings: boolean;
}

export class KnowledgeService {
  constructor(private readonly deps: KnowledgeDeps) {}

  /** The text search configuration documents and questions are read in. */
  get searchLanguage(): string {
    return this.deps.searchLanguage;
  }

  /**
   * Extracts the text (refusing files that are not what they claim, encrypted or image-only PDFs, empty ones),
   * checks the plan's limits, stores the document, and makes it searchable: at once for ordinary sizes, through a
   * job for large ones. A named upload is consumed in the transaction that stores the document.
   */
  async add(viewer: User, workspaceId: string, input: AddDocumentInput): Promise<Document> {
    const source = await this.readSource(viewer, workspaceId, input);
    const { em } = this.deps;
    const document = await em.transactional(async (tx) => {
      if (input.uploadId) await this.deps.uploads.consume(tx, viewer, input.uploadId);
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
        // The text before the first heading is the document's own introduction ("A small, fast … state-management
        // solution" under a README's logo): its section is the document, whose title answers "What is zustand?".
        heading: passage.heading ?? document.title,
        content: passage.content,
        page: passage.page,
        documentTitle: document.title,
        language: document.language,
      }));
      await em.insertMany(Passage, batch);
      const progress = Math.round(((start + batch.length) / passages.length) * 100);
      await em.nativeUpdate(Document, { id: documentId }, { progress: Math.min(progress, 99) });
    }
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(Document, { id: documentId }, { status: DocumentStatus.READY, progress: 100, chunkCount: passages.length });
      // In the same transaction: a READY document always has its embedding job. The document does not wait for it
      // (it is searchable lexically at once) and does not depend on it (a failed job leaves it READY).
      if (this.deps.embeddings) {
        await this.deps.jobs.send<EmbedPassagesJob>(EMBED_PASSAGES_JOB, { documentId }, { em: tx, retryLimit: 5, retryBackoff: true });
      }
    });
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

  /** One passage of a document by its position (a citation's deep link); null when there is no such passage. */
  async passageAt(document: Document, position: number): Promise<DocumentPassage | null> {
    const passage = await this.deps.em.findOne(
      Passage,
      { document: document.id, position },
      { fields: ['position', 'heading', 'page', 'content'] },
    );
    return passage ? { position: passage.position, heading: passage.heading, page: passage.page, content: passage.content } : null;
  }

  /** Members delete their own documents; OWNER and ADMIN delete any. Its passages go with it. */
  async delete(viewer: User, id: string): Promise<void> {
    const { em } = this.deps;
    const document = isUuid(id) ? await em.findOne(Document, id) : null;
    if (!document) throw new NotFoundError('Document');
    const membership = await viewerMembershipIn(em, viewer.id, document.workspace.id, 'Document');
    assertCanDeleteDocument({ ...actorOf(membership), userId: viewer.id }, { addedById: document.addedBy?.id ?? null });
    await em.nativeDelete(Document, { id });
    this.deps.usage.notifyChanged(document.workspace.id);
  }

  /** Parses in a worker thread with a time, memory and output cap (see extract-in-worker.ts). */
  private extract(input: ExtractTextInput, maxBytes: number) {
    return extractTextInWorker(input, { maxTextChars: maxBytes * TEXT_CHARS_PER_ALLOWED_BYTE });
  }

  /**
   * The document's text. The plan's size limit is checked before anything is decoded or parsed: on the base64
   * length (it decodes to at most 3 bytes per 4 characters), then on the bytes.
   */
  private async readSource(
    viewer: User,
    workspaceId: string,
    input: AddDocumentInput,
  ): Promise<{ title: string; text: string; mimeType: string; sizeBytes: number }> {
    const sources = [typeof input.text === 'string', Boolean(input.file), Boolean(input.uploadId)].filter(Boolean).length;
    if (sources !== 1) throw BadUserInputError.field('file', 'Paste text or choose a file (one of the two).');
    const { usage } = this.deps;
    if (input.uploadId) {
      // Stored by POST /uploads, which checked the plan's size limit while it streamed: read and extracted as a file.
      const file = await this.deps.uploads.read(viewer, workspaceId, input.uploadId);
      const { maxBytes } = await usage.assertDocumentSize(workspaceId, file.bytes.length);
      const extracted = await this.extract(file, maxBytes);
      return { title: extracted.title, text: extracted.text, mimeType: extracted.mimeType, sizeBytes: file.bytes.length };
    }
    if (input.file) {
      // 4 characters per 3 bytes, plus slack for the line breaks some encoders add: only a clearly oversized
      // upload is refused undecoded; the decoded bytes are checked exactly.
      const base64Bytes = Math.floor((input.file.contentBase64.length * 3) / 4 / BASE64_LINE_BREAK_SLACK);
      const { maxBytes } = await usage.assertDocumentSize(workspaceId, base64Bytes);
      const bytes = Buffer.from(input.file.contentBase64, 'base64');
      await usage.assertDocumentSize(workspaceId, bytes.length);
      const extracted = await this.extract({ filename: input.file.filename, mimeType: input.file.mimeType ?? null, bytes }, maxBytes);
      return { title: extracted.title, text: extracted.text, mimeType: extracted.mimeType, sizeBytes: bytes.length };
    }
    const text = (input.text ?? '').trim();
    if (!text) throw BadUserInputError.field('text', 'The text is empty.');
    const { maxBytes } = await usage.assertDocumentSize(workspaceId, Buffer.byteLength(text, 'utf8'));
    const extracted = await this.extract(
      {
        filename: `${input.title?.trim() || 'Pasted text'}.md`,
        mimeType: 'text/markdown',
        bytes: Buffer.from(text, 'utf8'),
      },
      maxBytes,
    );
    return { title: extracted.title, text: extracted.text, mimeType: 'text/markdown', sizeBytes: Buffer.byteLength(text, 'utf8') };
  }
}
