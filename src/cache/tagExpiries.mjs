// @ts-check
// When each cache tag last expired, shared by every process through two tables: any process
// (an app instance in a request, the job runner, a CLI task) expires tags with one statement,
// and every instance learns of it from a notification at once, or its next poll within a second.

export const TAG_CHANNEL = 'groundwork_cache_tags'

/**
 * Marks the tags expired now (database time) and tells every listening instance. Call it after
 * the write that made the tags stale has committed: run inside that write's transaction, the
 * expiry would predate the commit, and a page rendered in between from the old rows would look fresh.
 * @param {{ query: (text: string, values?: unknown[]) => Promise<unknown> }} database
 * @param {string[]} tags
 */
export async function expireTagsInDatabase(database, tags) {
  if (tags.length === 0) return
  await database.query(
    `insert into groundwork_cache_tags (tag, expired_at, change)
       select tag, (extract(epoch from clock_timestamp()) * 1000)::float8, nextval('groundwork_cache_tag_changes')
       from unnest($1::text[]) as tag group by tag
     on conflict (tag) do update set expired_at = excluded.expired_at, change = excluded.change`,
    [tags],
  )
  await database.query(`select pg_notify('${TAG_CHANNEL}', '')`)
}

/** Changes since `change`, and (as a statement can commit after one with a later number) any in the last ten seconds. */
export const TAG_CHANGES_SINCE = `
  select tag, expired_at as "expiredAt", change::text as change from groundwork_cache_tags
  where change > $1::bigint or expired_at > (extract(epoch from clock_timestamp()) * 1000 - 10000)`

/**
 * True when one of the tags expired after `since` (both in database time).
 * @param {Map<string, number>} expiries @param {Iterable<string>} tags @param {number} since
 */
export function expiredSince(expiries, tags, since) {
  for (const tag of tags) {
    const expiredAt = expiries.get(tag)
    if (expiredAt !== undefined && expiredAt > since) return true
  }
  return false
}
