import { graphql } from '../../gql';

export const DataExportFragment = graphql(`
  fragment DataExportPanel_dataExport on DataExport {
    id
    status
    progress
    sizeBytes
    downloadUrl
    createdAt
    expiresAt
  }
`);

export const DataExportQuery = graphql(`
  query DataExport {
    dataExport {
      id
      ...DataExportPanel_dataExport
    }
  }
`);
