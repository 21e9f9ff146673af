// The Postgres advisory locks behind exactly-once sending. Each is a (namespace, id) pair, so
// none can meet the single-number locks used elsewhere (search's refresh lock):
//   WORKER  (exclusive, one per run): the run is alive. Postgres frees it the moment the
//           process or its connection dies, so a free worker lock means a dead worker.
//   ISSUE   (shared, held by every run sending that issue): someone is sending it right now.
//   START   (exclusive, briefly): one run at a time records an issue's recipients and audit entry.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'

export const WORKER_LOCKS = 0x6e6c7772 // "nlwr"
export const ISSUE_LOCKS = 0x6e6c6973 // "nlis"
export const START_LOCKS = 0x6e6c7374 // "nlst"

/** SQL that is true while some session of this database holds lock (namespace, id). */
export function lockHeld(namespace: number, id: SQL): SQL {
  return sql`exists (
    select 1 from pg_locks l
    where l.locktype = 'advisory'
      and l.database = (select oid from pg_database where datname = current_database())
      and l.classid = ${namespace}
      and l.objid::text = (${id})::text
      and l.objsubid = 2
      and l.granted
  )`
}
