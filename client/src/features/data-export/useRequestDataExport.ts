import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { DataExportQuery } from './dataExportFragment';

export const RequestDataExportMutation = graphql(`
  mutation RequestDataExport {
    requestDataExport {
      id
      ...DataExportPanel_dataExport
    }
  }
`);

/**
 * Starts an export; the new one becomes the page's `dataExport` at once (the panel then polls its progress).
 * Rejects with the Apollo error (RATE_LIMITED within a minute of the last) for the panel to explain.
 */
export function useRequestDataExport(): { request: () => Promise<void>; requesting: boolean } {
  const [mutate, { loading }] = useMutation(RequestDataExportMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: DataExportQuery, data: { dataExport: data.requestDataExport } });
    },
  });
  return {
    request: async () => {
      await mutate();
    },
    requesting: loading,
  };
}
