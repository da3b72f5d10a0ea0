/**
 * What the log-in page shows after a deletion (router state: it says nothing to a later visit of /login). A module
 * of its own so the log-in page does not import the deletion's Apollo hooks.
 */
export const ACCOUNT_DELETED_NOTICE = 'account-deleted';
