/**
 * Everything below the document service, in one place: the uids, where Strapi keeps each type
 * (read from its metadata, never written by hand), work that waits for a commit, and our
 * services typed.
 */
export { afterCommit, settleAfterCommit } from './after-commit';
export { BATCH, chunks, createRows, linkRows, newDocumentId } from './bulk';
export {
  columnOf,
  columnsOf,
  listColumn,
  latestLinkedColumn,
  idsLinkedTo,
  joinTableOf,
  tableOf,
  updateRows,
  type JoinTable,
} from './layout';
export { serviceOf } from './services';
export { uids, type KnownUid } from './uids';
