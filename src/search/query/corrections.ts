// Misspelt words ("tranformer", "embedings") and their nearest real word: the words of
// published documents, compared by trigram similarity. A word the documents contain in
// any of its spellings, or (typed last) begin, is not misspelt.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { SearchDb } from '../searchDb'
import type { ParsedQuery } from './parseQuery'
import { spellingVariants } from './spelling'

/** Below this similarity a nearest word is a different word, not a correction. */
export const CORRECTION_SIMILARITY = 0.45
/** Shorter words are mostly acronyms, where one letter makes another word. */
const MIN_CORRECTED_LENGTH = 4

export async function findCorrections(db: SearchDb, parsed: ParsedQuery): Promise<Map<string, string>> {
  const candidates = parsed.words.filter(
    ({ word, typed }) => typed && word.length >= MIN_CORRECTED_LENGTH && !/^\d+$/.test(word),
  )
  if (candidates.length === 0) return new Map()
  const typed = candidates.map(({ word, prefix }) => ({ word, prefix, forms: [word, ...spellingVariants(word)] }))
  const { rows } = await db.execute<{ word: string; correction: string | null }>(sql`
    select t.word, best.word as correction
    from json_to_recordset(${JSON.stringify(typed)}::json) as t(word text, forms text[], prefix boolean)
    left join lateral (
      select w.word from search_words w order by w.word <-> t.word limit 1
    ) best on similarity(best.word, t.word) >= ${CORRECTION_SIMILARITY}::float8
    where not exists (select 1 from search_words w where w.word = any(t.forms))
      and not (t.prefix and exists (select 1 from search_words w where w.word like t.word || '%'))`)
  return new Map(rows.flatMap((row) => (row.correction ? [[row.word, row.correction] as const] : [])))
}

/** The query as the reader probably meant it, when a word was corrected. */
export function correctedText(parsed: ParsedQuery, corrections: Map<string, string>): string | null {
  if (corrections.size === 0) return null
  return parsed.words
    .filter(({ typed }) => typed)
    .map(({ word }) => corrections.get(word) ?? word)
    .join(' ')
}
