/** Names the file a database task writes once it has really finished (see runDatabaseTask.ts). */
export const TASK_RECEIPT_ENV = 'GROUNDWORK_TASK_RECEIPT'
