// A snippet cut from inside its passage says so: an ellipsis where text before or after it
// was left out, as readers expect of a search result. Found by where the snippet, with its
// marks taken out, sits in the passage; a trailing full stop left out is not text left out.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { MARK_END, MARK_START } from './snippet'

const ELLIPSIS = '\u2026'

export function withEllipses(headline: SQL, passage: SQL): SQL {
  return sql`(
    select case when cut.at = 0 then cut.headline else
      case when cut.at > 1 then ${ELLIPSIS}::text else '' end || cut.headline ||
      case when cut.at + length(cut.plain) <= length(rtrim(cut.passage, ' .!?;:')) then ${ELLIPSIS}::text else '' end
    end
    from (
      select headline, passage, plain, strpos(passage, plain) as at
      from (select ${headline} as headline, ${passage} as passage) given,
        lateral (select translate(given.headline, ${MARK_START + MARK_END}::text, '') as plain) unmarked
    ) cut
  )`
}
