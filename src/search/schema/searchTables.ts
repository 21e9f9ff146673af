// The search index's tables, declared to the Postgres adapter so `migrate:create` knows
// them (and never drops them). They are not Payload collections: no REST, GraphQL or admin.
// The committed migration creates them, with the pg_trgm and unaccent extensions.
import {
  customType,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/** One row per published concept or use case: what readers can find, and how it ranks. */
export const searchDocuments = pgTable(
  'search_documents',
  {
    id: serial('id').primaryKey(),
    docType: varchar('doc_type', { length: 16 }).notNull(),
    docId: integer('doc_id').notNull(),
    slug: varchar('slug').notNull(),
    title: varchar('title').notNull(),
    summary: varchar('summary').notNull(),
    categoryId: integer('category_id'),
    difficulty: varchar('difficulty', { length: 16 }),
    /** Title and aliases, lower-case and unaccented: what typo-tolerant name matching compares. */
    names: text('names').notNull(),
    /** The same, one entry per name: what exact and prefix name matches compare. */
    nameList: text('name_list').array().notNull(),
    /** Everything searchable but the names, in reading order: what snippets are cut from. */
    content: text('content').notNull(),
    /** Weighted: A title and aliases, B summary, C traits, pitfalls, FAQ questions, linked titles, D the rest. */
    vector: tsvector('vector').notNull(),
    /** The A and B part of the vector alone (names, summary): small enough to rank thousands of rows quickly. */
    leadVector: tsvector('lead_vector').notNull(),
    indexedAt: timestamp('indexed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('search_documents_doc_idx').on(table.docType, table.docId),
    index('search_documents_vector_idx').using('gin', table.vector),
    index('search_documents_lead_vector_idx').using('gin', table.leadVector),
    index('search_documents_names_trgm_idx').using('gin', table.names.op('gin_trgm_ops')),
    index('search_documents_category_idx').on(table.categoryId),
  ],
)

/** Words that occur in published documents: what a misspelt query word is corrected to. */
export const searchWords = pgTable('search_words', { word: varchar('word', { length: 64 }).primaryKey() }, (table) => [
  index('search_words_trgm_idx').using('gist', table.word.op('gist_trgm_ops')),
])

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

export const declareSearchTables: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, search_documents: searchDocuments, search_words: searchWords },
})
