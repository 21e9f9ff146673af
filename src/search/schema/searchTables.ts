// The search index's tables, declared to the Postgres adapter so `migrate:create` knows
// them (and never drops them). They are not Payload collections: no REST, GraphQL or admin.
// The committed migration creates them, with the pg_trgm and unaccent extensions.
import { sql } from '@payloadcms/db-postgres/drizzle'
import {
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from '@payloadcms/db-postgres/drizzle/pg-core'
import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })
/** Text ordered byte by byte, whatever the database's collation: the words that start with a prefix form one range. */
const bytewiseText = customType<{ data: string }>({ dataType: () => 'text collate "C"' })

/** One row per published concept or use case: what readers can find, and how it ranks. */
const searchDocuments = pgTable(
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
    /** The names alone: what finds documents for words too common to find them anywhere else. */
    namesVector: tsvector('names_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', names)`),
    indexedAt: timestamp('indexed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('search_documents_doc_idx').on(table.docType, table.docId),
    // Similar concepts start from a concept's own row, found by its address.
    index('search_documents_slug_idx').on(table.docType, table.slug),
    index('search_documents_vector_idx').using('gin', table.vector),
    index('search_documents_lead_vector_idx').using('gin', table.leadVector),
    index('search_documents_names_vector_idx').using('gin', table.namesVector),
    index('search_documents_names_trgm_idx').using('gin', table.names.op('gin_trgm_ops')),
    index('search_documents_category_idx').on(table.categoryId),
  ],
)

/** Words that occur in published documents: what a misspelt query word is corrected to. */
const searchWords = pgTable('search_words', { word: varchar('word', { length: 64 }).primaryKey() })

/**
 * Each word of search_words, and the word with any one letter left out: a query word
 * whose own such variants meet one of these is one edit (a letter missing, extra, wrong or
 * two swapped) from a real word, found by an index lookup instead of comparing the
 * misspelling with every word.
 */
const searchWordVariants = pgTable(
  'search_word_variants',
  {
    variant: varchar('variant', { length: 64 }).notNull(),
    word: varchar('word', { length: 64 })
      .notNull()
      .references(() => searchWords.word, { onDelete: 'cascade' }),
  },
  // By word too: removing a word (a rebuild empties the vocabulary) finds its variants by
  // index, where the key, led by the variant, would scan the whole table for each word.
  (table) => [
    primaryKey({ columns: [table.variant, table.word] }),
    index('search_word_variants_word_idx').on(table.word),
  ],
)

/**
 * A document's text in short passages of a sentence or more, each with its own vector:
 * a snippet is cut from the passage that matches best, which is far cheaper than
 * highlighting the whole text.
 */
const searchPassages = pgTable(
  'search_passages',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => searchDocuments.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    text: text('text').notNull(),
    vector: tsvector('vector').notNull(),
  },
  (table) => [primaryKey({ columns: [table.documentId, table.position] })],
)

/**
 * How many published documents have each lexeme (a word's stem, as in the vectors): how
 * common a query word is, read from one row instead of counted. Rows that fall to zero
 * are removed after each change.
 */
const searchLexemes = pgTable(
  'search_lexemes',
  {
    lexeme: bytewiseText('lexeme').primaryKey(),
    documents: integer('documents').notNull(),
  },
  (table) => [
    index('search_lexemes_unused_idx')
      .on(table.lexeme)
      .where(sql`documents <= 0`),
  ],
)

type SchemaHook = NonNullable<PostgresAdapterArgs['beforeSchemaInit']>[number]

export const declareSearchTables: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    search_documents: searchDocuments,
    search_words: searchWords,
    search_word_variants: searchWordVariants,
    search_passages: searchPassages,
    search_lexemes: searchLexemes,
  },
})
