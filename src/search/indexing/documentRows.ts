// The SQL that turns published concepts and use cases into search rows. It reads
// Payload's main tables, which hold a document's published version (a draft edit of a
// live document is kept in its versions table until it is published), and only rows
// with `_status = 'published'`; FAQs and use cases count only when published too.
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import { lexicalText } from './lexicalText'
import { type DocType, selected, type Selection } from './selection'

/** Text as a sentence: parts joined into snippets read as sentences, not one run-on line. */
const sentence = (text: SQL): SQL => sql`regexp_replace(${text}, '([^.!?:;])\\s*$', '\\1.')`
/** Lower case, unaccented, words separated by single spaces: as queries are normalised. */
const normalised = (text: SQL): SQL => sql`trim(regexp_replace(lower(unaccent(${text})), '[^a-z0-9]+', ' ', 'g'))`
const normalisedList = (list: SQL): SQL =>
  sql`array(select ${normalised(sql`name`)} from unnest(${list}) as name where name is not null)`
const weighted = (text: SQL, weight: 'A' | 'B' | 'C' | 'D'): SQL =>
  sql`setweight(to_tsvector('english', unaccent(${text})), ${sql.raw(`'${weight}'`)})`

const upsert = sql`
  on conflict (doc_type, doc_id) do update set
    slug = excluded.slug, title = excluded.title, summary = excluded.summary,
    category_id = excluded.category_id, difficulty = excluded.difficulty, names = excluded.names,
    name_list = excluded.name_list, content = excluded.content, vector = excluded.vector,
    lead_vector = excluded.lead_vector, indexed_at = now()`

export function upsertConcepts(selection: Selection): SQL {
  return sql`
    with parts as (
      select c.id, c.slug, c.title, c.summary, c.category_id, c.difficulty::text as difficulty,
        concat_ws(' ', c.title, aliases.names) as names,
        array[c.title] || coalesce(aliases.list, '{}') as name_list,
        concat_ws(' ', ${sentence(sql`c.summary`)}, ${sentence(sql`c.subtitle`)}) as lead,
        concat_ws(' ', traits.text, pitfalls.text, faqs.questions, cases.titles) as middle,
        concat_ws(' ', ${lexicalText(sql`c.body`)}, faqs.answers) as rest
      from concepts c
      left join lateral (
        select string_agg(t.text, ' ' order by t."order") as names, array_agg(t.text order by t."order") as list
        from concepts_texts t where t.parent_id = c.id and t.path = 'aliases'
      ) aliases on true
      left join lateral (
        select string_agg(concat_ws(': ', k.label, ${sentence(sql`k.explanation`)}), ' ' order by k._order) as text
        from concepts_key_traits k where k._parent_id = c.id
      ) traits on true
      left join lateral (
        select string_agg(concat_ws(': ', p.title, ${sentence(sql`p.explanation`)}), ' ' order by p._order) as text
        from concepts_pitfalls p where p._parent_id = c.id
      ) pitfalls on true
      left join lateral (
        select string_agg(f.question, ' ' order by f."order") as questions,
          string_agg(${lexicalText(sql`f.answer`)}, ' ' order by f."order") as answers
        from faqs f where f.concept_id = c.id and f._status = 'published'
      ) faqs on true
      left join lateral (
        select string_agg(${sentence(sql`u.title`)}, ' ') as titles
        from use_cases u join use_cases_rels r on r.parent_id = u.id and r.path = 'concepts'
        where r.concepts_id = c.id and u._status = 'published'
      ) cases on true
      where c._status = 'published' and ${selected(sql`c.id`, selection)}
    )
    insert into search_documents (doc_type, doc_id, slug, title, summary, category_id, difficulty, names, name_list, content, vector, lead_vector)
    select 'concept', id, slug, title, summary, category_id, difficulty,
      ${normalised(sql`names`)}, ${normalisedList(sql`name_list`)},
      concat_ws(' ', lead, middle, rest),
      ${weighted(sql`names`, 'A')} || ${weighted(sql`lead`, 'B')} || ${weighted(sql`middle`, 'C')} || ${weighted(sql`rest`, 'D')},
      ${weighted(sql`names`, 'A')} || ${weighted(sql`lead`, 'B')}
    from parts
    ${upsert}`
}

export function upsertUseCases(selection: Selection): SQL {
  return sql`
    with parts as (
      select u.id, u.slug, u.title, u.summary, u.organization,
        concat_ws(' ', u.title, u.organization) as names,
        array[u.title, u.organization] as name_list,
        concat_ws(' ', u.title, u.summary) as lead,
        concepts.titles as linked,
        ${lexicalText(sql`u.body`)} as rest
      from use_cases u
      left join lateral (
        select string_agg(${sentence(sql`c.title`)}, ' ') as titles
        from use_cases_rels r join concepts c on c.id = r.concepts_id and c._status = 'published'
        where r.parent_id = u.id and r.path = 'concepts'
      ) concepts on true
      where u._status = 'published' and ${selected(sql`u.id`, selection)}
    )
    insert into search_documents (doc_type, doc_id, slug, title, summary, category_id, difficulty, names, name_list, content, vector, lead_vector)
    select 'use-case', id, slug, title, summary, null, null,
      ${normalised(sql`names`)}, ${normalisedList(sql`name_list`)},
      concat_ws(' ', ${sentence(sql`summary`)}, rest, linked),
      ${weighted(sql`organization`, 'A')} || ${weighted(sql`lead`, 'B')} || ${weighted(sql`coalesce(linked, '')`, 'C')} || ${weighted(sql`rest`, 'D')},
      ${weighted(sql`organization`, 'A')} || ${weighted(sql`lead`, 'B')}
    from parts
    ${upsert}`
}

/** Removes the rows of documents in the selection that are no longer published (or no longer exist). */
export function removeUnpublished(docType: DocType, selection: Selection): SQL {
  const table = docType === 'concept' ? sql`concepts` : sql`use_cases`
  return sql`
    delete from search_documents d
    where d.doc_type = ${docType} and ${selected(sql`d.doc_id`, selection)}
      and not exists (select 1 from ${table} m where m.id = d.doc_id and m._status = 'published')`
}
