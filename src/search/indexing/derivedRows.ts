// The rows derived from search documents: their passages (what snippets are cut from), the
// count of documents per lexeme (how common a query word is) and the vocabulary (what a
// misspelt word is corrected to). They change with the documents a refresh covers, inside
// the same transaction.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { constant } from '../ranking'
import { type DocType, selected, type Selection } from './selection'

/** A passage runs from a sentence that starts within this many characters of the passage's start. */
const PASSAGE_LENGTH = 240

const ofDocuments = (docType: DocType, selection: Selection): SQL =>
  sql`d.doc_type = ${docType} and ${selected(sql`d.doc_id`, selection)}`

const lexemeCounts = (docType: DocType, selection: Selection): SQL => sql`
  select lexeme, count(*)::int as documents
  from search_documents d, unnest(tsvector_to_array(d.vector)) as lexeme
  where ${ofDocuments(docType, selection)} group by lexeme`

/** Before the documents change: their lexemes no longer count. */
export function forgetLexemes(docType: DocType, selection: Selection): SQL {
  return sql`
    update search_lexemes l set documents = l.documents - old.documents
    from (${lexemeCounts(docType, selection)}) old where l.lexeme = old.lexeme`
}

/** After the documents change: their lexemes count again, and lexemes no document has are gone. */
export function countLexemes(docType: DocType, selection: Selection): SQL[] {
  return [
    sql`
      insert into search_lexemes (lexeme, documents) ${lexemeCounts(docType, selection)}
      on conflict (lexeme) do update set documents = search_lexemes.documents + excluded.documents`,
    sql`delete from search_lexemes where documents <= 0`,
  ]
}

/** The documents' passages, cut at sentence ends, written again from their text. */
export function writePassages(docType: DocType, selection: Selection): SQL[] {
  return [
    sql`delete from search_passages p using search_documents d where p.document_id = d.id and ${ofDocuments(docType, selection)}`,
    sql`
      insert into search_passages (document_id, position, text, vector)
      select document_id, position, text, to_tsvector('english', unaccent(text)) from (
        select d.id as document_id, s.position, string_agg(s.sentence, ' ' order by s.n) as text
        from search_documents d, lateral (
          select sentence, n,
            ((sum(length(sentence)) over (order by n) - length(sentence)) / ${constant(PASSAGE_LENGTH)})::smallint as position
          from regexp_split_to_table(d.content, '(?<=[.!?])\\s+') with ordinality as t(sentence, n)
        ) s
        where ${ofDocuments(docType, selection)}
        group by d.id, s.position
      ) passages`,
  ]
}

/** Adds the words of the documents to the vocabulary, each new word with its one-letter-less variants. */
export function rememberWords(docType: DocType, selection: Selection): SQL {
  return sql`
    with added as (
      insert into search_words (word)
      select distinct word from search_documents d,
        regexp_split_to_table(lower(unaccent(d.names || ' ' || d.content)), '[^a-z0-9]+') as word
      where ${ofDocuments(docType, selection)} and length(word) between 3 and 64
      on conflict do nothing
      returning word
    )
    insert into search_word_variants (variant, word)
    select distinct variant, word from added, lateral (
      select word as variant
      union all
      select overlay(word placing '' from position for 1) from generate_series(1, length(word)) as position
    ) variants
    on conflict do nothing`
}
