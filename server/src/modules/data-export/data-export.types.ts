import { registerEnumType } from 'type-graphql';
import { DataExportStatus } from './data-export-status';

registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'Where a data export is.',
  valuesConfig: {
    PENDING: { description: 'Queued: a worker starts it shortly.' },
    RUNNING: { description: 'The archive is being written; `progress` grows to 1.' },
    READY: { description: 'Downloadable from `downloadUrl` until `expiresAt`.' },
    FAILED: { description: 'The archive could not be made; ask for a new one.' },
    EXPIRED: { description: 'Its 7 days are over and the archive was deleted; ask for a new one.' },
  },
});
