// The admin's list search box for concepts, matched the way the site's search matches
// names: a typo, another spelling or an alias finds the concept too ("tranformer",
// "quantisation", "LLM"), drafts included, as staff see them in the list. Payload turns the
// box into `like` conditions on the list's searchable fields; this adds to them the ids of
// concepts whose latest version's title or an alias is close to the text. Only for staff:
// a draft's title must not decide what anyone else's query returns.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionBeforeOperationHook, Where } from 'payload'
import { canEdit } from '@/access/capabilities'
import { words } from './query/normalise'
import { searchDb, type SearchDb } from './searchDb'

/** Names at least this close to the search text count as matches. */
const NAME_SIMILARITY = 0.5

type LikeClause = Record<string, { like?: unknown }>

/** The search text, when `clause` is the `or` of `like` conditions Payload makes of the search box. */
function listSearchText(clause: Where, fields: string[]): string | undefined {
  const conditions = clause.or
  if (!Array.isArray(conditions) || conditions.length !== fields.length) return undefined
  const texts = conditions.map((condition, index) => (condition as LikeClause)[fields[index]]?.like)
  return typeof texts[0] === 'string' && texts.every((text) => text === texts[0]) ? texts[0] : undefined
}

async function conceptsNamedLike(db: SearchDb, text: string): Promise<number[]> {
  const phrase = words(text).join(' ')
  if (phrase.length < 2) return []
  const { rows } = await db.execute<{ id: number }>(sql`
    select distinct v.parent_id as id from _concepts_v v
    where v.latest and (
      word_similarity(${phrase}, lower(unaccent(coalesce(v.version_title, '')))) >= ${NAME_SIMILARITY}::float8
      or exists (
        select 1 from _concepts_v_texts t
        where t.parent_id = v.id and t.path = 'version.aliases'
          and word_similarity(${phrase}, lower(unaccent(coalesce(t.text, '')))) >= ${NAME_SIMILARITY}::float8
      )
    )`)
  return rows.map((row) => Number(row.id))
}

/** A beforeOperation hook for a collection whose admin lists search `fields` (its listSearchableFields). */
export const matchListSearchByName =
  (fields: string[]): CollectionBeforeOperationHook<'concepts'> =>
  async ({ args, operation, req }) => {
    if (operation !== 'read' || !canEdit(req.user) || !('where' in args) || !args.where) return args
    const where: Where = args.where
    const clauses: Where[] = Array.isArray(where.and) ? where.and : [where]
    const index = clauses.findIndex((clause) => listSearchText(clause, fields) !== undefined)
    if (index < 0) return args
    const ids = await conceptsNamedLike(searchDb(req.payload), listSearchText(clauses[index], fields)!)
    if (ids.length === 0) return args
    const widened: Where = { or: [...(clauses[index].or ?? []), { id: { in: ids } }] }
    const rebuilt = Array.isArray(where.and)
      ? { ...where, and: clauses.map((clause, position) => (position === index ? widened : clause)) }
      : widened
    return { ...args, where: rebuilt }
  }
