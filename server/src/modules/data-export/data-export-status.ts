/** Where a data export is: waiting for a worker, being written, downloadable, failed, or past its 7 days. */
export enum DataExportStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
