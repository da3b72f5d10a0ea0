import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors/app-error';
import type { JobQueue } from '../../infra/jobs/job-queue';
import type { Mailer } from '../../infra/mail/mailer';
import { dataExportReadyMail } from '../../infra/mail/templates/data-export-ready';
import { isUuid } from '../../shared/ids';
import { User } from '../account/user.entity';
import { ArchiveStore, ArchiveTooLargeError } from './archive-store';
import { DataExport } from './data-export.entity';
import { DataExportExpiredError, DataExportNotReadyError, DataExportRequestedRecentlyError } from './data-export.errors';
import { DataExportStatus } from './data-export-status';
import { exportSections } from './sections';
import type { ExportContext, ExportSection } from './sections/section';
import { writeZip, type ZipEntry } from './zip-writer';

/** Builds one export's archive. */
export const DATA_EXPORT_JOB = 'data-export-build';
/** Runs when an export's 7 days are over: deletes its archive (and any other expired one). */
export const DATA_EXPORT_CLEANUP_JOB = 'data-export-cleanup';
export interface DataExportJob {
  exportId: string;
}

export const DATA_EXPORT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
/** One request a minute per user: each export reads everything the user has, and writes it again. */
export const DATA_EXPORT_MIN_INTERVAL_SECONDS = 60;
/** The archive's cap: past it the export FAILS instead of filling the database. */
export const DATA_EXPORT_MAX_BYTES = 256 * 1024 * 1024;
/** An export still PENDING or RUNNING after this lost its worker for good (all retries spent): a new one replaces it. */
const STALE_AFTER_MS = 60 * 60 * 1000;

export interface DataExportServiceDeps {
  em: EntityManager;
  jobs: JobQueue;
  mailer: Mailer;
  appUrl: string;
  /** Tests pass other sections or a small cap. */
  sections?: readonly ExportSection[];
  maxBytes?: number;
}

export const dataExportDownloadPath = (exportId: string) => `/data-exports/${exportId}/download`;

const inProgress = (dataExport: DataExport) =>
  dataExport.status === DataExportStatus.PENDING || dataExport.status === DataExportStatus.RUNNING;

/** "Download my data": request, build in a job with progress, serve to the same user's session, expire after 7 days. */
export class DataExportService {
  private readonly archives: ArchiveStore;

  constructor(private readonly deps: DataExportServiceDeps) {
    this.archives = new ArchiveStore(deps.em);
  }

  /**
   * Starts an export. Within a minute of the previous request: RATE_LIMITED and nothing starts. While one is in
   * progress, answers it instead of starting a second. A new export replaces the older ones (one archive per user).
   */
  async request(userId: string): Promise<DataExport> {
    return this.deps.em.transactional(async (tx) => {
      // The user's row lock serialises their requests: two at once cannot both pass the one-a-minute check.
      await tx.execute('select 1 from "users" where "id" = ? for update', [userId]);
      const latest = await tx.findOne(DataExport, { user: userId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      const now = Date.now();
      if (latest) {
        const elapsedSeconds = (now - latest.createdAt.getTime()) / 1000;
        if (elapsedSeconds < DATA_EXPORT_MIN_INTERVAL_SECONDS) {
          throw new DataExportRequestedRecentlyError(Math.max(1, Math.ceil(DATA_EXPORT_MIN_INTERVAL_SECONDS - elapsedSeconds)));
        }
        if (inProgress(latest) && now - latest.createdAt.getTime() < STALE_AFTER_MS) return latest;
      }
      // Older exports go with their archives (the chunks cascade): storage stays at one archive per user.
      await tx.nativeDelete(DataExport, { user: userId });
      const created = tx.create(DataExport, { user: userId });
      await tx.flush();
      await this.deps.jobs.send<DataExportJob>(
        DATA_EXPORT_JOB,
        { exportId: created.id },
        // A worker that dies mid-way leaves the job to expire; the retry starts the archive afresh.
        { em: tx, retryLimit: 2, retryDelay: 30, expireInSeconds: 15 * 60 },
      );
      return created;
    });
  }

  /** The viewer's most recent export, EXPIRED once its time is over (even before the cleanup job ran). */
  async latest(userId: string): Promise<DataExport | null> {
    const latest = await this.deps.em.findOne(DataExport, { user: userId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    if (latest && this.isPastExpiry(latest)) await this.expire(latest);
    return latest;
  }

  /**
   * The job: writes the archive, section by section, into the database as it streams out of the zip, updating the
   * progress after each section; then READY, the mail and the cleanup job, together. Any failure: FAILED, and the
   * partial archive removed. Returns the failure (for the log), or null.
   */
  async build(exportId: string): Promise<unknown> {
    const em = this.deps.em.fork();
    const dataExport = await em.findOne(DataExport, exportId);
    if (!dataExport || !inProgress(dataExport)) return null;
    const user = await em.findOneOrFail(User, dataExport.user.id);
    // A retry after a dead worker starts from nothing.
    await this.archives.remove([exportId]);
    await em.nativeUpdate(DataExport, { id: exportId }, { status: DataExportStatus.RUNNING, progress: 0 });

    const sections = this.deps.sections ?? exportSections;
    const context: ExportContext = { em: this.deps.em.fork(), userId: user.id, email: user.email };
    const entries: ZipEntry[] = [
      manifestEntry(sections, user),
      ...sections.map((section) => ({ name: section.file, content: () => section.render(context) })),
    ];
    const writer = this.archives.writer(exportId, this.deps.maxBytes ?? DATA_EXPORT_MAX_BYTES);
    // Progress is written as each section is read (the last step, READY, makes it 1); one update at a time.
    let progressWrites = Promise.resolve();
    const onEntryDone = (index: number) => {
      const progress = Math.min(0.99, (index + 1) / entries.length);
      progressWrites = progressWrites.then(async () => {
        await this.deps.em.fork().nativeUpdate(DataExport, { id: exportId, status: DataExportStatus.RUNNING }, { progress });
      });
    };
    try {
      await writeZip(entries, writer, onEntryDone);
      await progressWrites;
      await this.markReady(em, dataExport, user, writer.bytesWritten());
      return null;
    } catch (error) {
      await progressWrites.catch(() => undefined);
      await this.archives.remove([exportId]);
      await em.nativeUpdate(DataExport, { id: exportId }, { status: DataExportStatus.FAILED, completedAt: new Date() });
      return error instanceof ArchiveTooLargeError ? new Error(`data export ${exportId}: ${error.message}`) : error;
    }
  }

  /** The cleanup job: this export's archive, and any other past its time, are deleted; the rows say EXPIRED. */
  async expireDue(): Promise<void> {
    const due = await this.deps.em.find(DataExport, { status: DataExportStatus.READY, expiresAt: { $lte: new Date() } });
    for (const dataExport of due) await this.expire(dataExport);
  }

  /**
   * The archive for a download by its owner's browser session. Someone else's export, or an unknown id, is
   * NOT_FOUND (as if it did not exist); an expired one says so; one still being made is CONFLICT.
   */
  async openDownload(userId: string, exportId: string): Promise<{ dataExport: DataExport; stream: Readable }> {
    const dataExport = isUuid(exportId) ? await this.deps.em.findOne(DataExport, { id: exportId, user: userId }) : null;
    if (!dataExport) throw new NotFoundError('Data export');
    if (this.isPastExpiry(dataExport)) await this.expire(dataExport);
    if (dataExport.status === DataExportStatus.EXPIRED || dataExport.status === DataExportStatus.FAILED) throw new DataExportExpiredError();
    if (dataExport.status !== DataExportStatus.READY) throw new DataExportNotReadyError();
    return { dataExport, stream: this.archives.reader(dataExport.id) };
  }

  private isPastExpiry(dataExport: DataExport): boolean {
    return dataExport.status === DataExportStatus.READY && dataExport.expiresAt !== null && dataExport.expiresAt <= new Date();
  }

  private async expire(dataExport: DataExport): Promise<void> {
    await this.archives.remove([dataExport.id]);
    await this.deps.em.nativeUpdate(DataExport, { id: dataExport.id }, { status: DataExportStatus.EXPIRED });
    dataExport.status = DataExportStatus.EXPIRED;
  }

  private async markReady(em: EntityManager, dataExport: DataExport, user: User, sizeBytes: number): Promise<void> {
    const completedAt = new Date();
    const expiresAt = new Date(completedAt.getTime() + DATA_EXPORT_LIFETIME_MS);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(
        DataExport,
        { id: dataExport.id },
        { status: DataExportStatus.READY, progress: 1, sizeBytes, completedAt, expiresAt },
      );
      await this.deps.mailer.enqueue(
        tx,
        dataExportReadyMail({
          to: user.email,
          name: user.name,
          downloadUrl: `${this.deps.appUrl}${dataExportDownloadPath(dataExport.id)}`,
          accountUrl: `${this.deps.appUrl}/account/privacy`,
          expiresAt,
        }),
      );
      // Durable, on any instance: the archive goes at its expiry even if nobody asks for it again.
      await this.deps.jobs.send<DataExportJob>(
        DATA_EXPORT_CLEANUP_JOB,
        { exportId: dataExport.id },
        { em: tx, startAfter: Math.ceil(DATA_EXPORT_LIFETIME_MS / 1000), retryLimit: 5, retryDelay: 60, retryBackoff: true },
      );
    });
  }
}

/** `manifest.json`: what the archive is, for whom, when, and what each file holds. */
function manifestEntry(sections: readonly ExportSection[], user: User): ZipEntry {
  return {
    name: 'manifest.json',
    async *content() {
      const manifest = {
        format: 'askbase-data-export',
        version: 1,
        generatedAt: new Date().toISOString(),
        user: { id: user.id, email: user.email },
        files: sections.map((section) => ({ file: section.file, description: section.description })),
      };
      yield `${JSON.stringify(manifest, null, 2)}\n`;
    },
  };
}
