import pg from 'pg'

/**
 * A connection whose text output reads back the same anywhere: backups hold every value
 * in Postgres's text form, and dates, intervals and floats print by session settings.
 */
export async function openDatabase(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(
    "set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres'; set timezone = 'UTC'; set extra_float_digits = 3",
  )
  return client
}

/** Leaves every value as the text Postgres sent, instead of parsing it into a JavaScript value. */
export const TEXT_VALUES = { getTypeParser: () => (value: string) => value }

/** Where a database is, for messages: host, port and name, never the password. */
export function describeDatabase(url: string): string {
  const { hostname, port, pathname } = new URL(url)
  return `${hostname}${port ? `:${port}` : ''}${pathname}`
}
