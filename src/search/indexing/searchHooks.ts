// Collection hooks that keep search rows in step with publishing. They run inside the
// write's transaction, so readers find a document exactly when its publish commits.
// Only changes readers can see count: a draft edit of a live document changes nothing.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { visibleToReaders } from '@/content/cacheTags'
import { relationIds } from '@/fields/relationId'
import type { Concept, Faq, UseCase } from '@/payload-types'
import { requestDatabase } from '@/db/requestDatabase'
import type { SearchDb } from '../searchDb'
import { refreshConcepts, refreshUseCases } from './refreshSearch'

/** Use cases list the titles of their concepts, so a concept's publish reaches them too. */
async function useCasesOf(db: SearchDb, conceptId: number): Promise<number[]> {
  const { rows } = await db.execute<{ id: number }>(
    sql`select distinct parent_id as id from use_cases_rels where path = 'concepts' and concepts_id = ${conceptId}`,
  )
  return rows.map((row) => Number(row.id))
}

async function reindexConcept(req: PayloadRequest, id: number): Promise<void> {
  const db = await requestDatabase(req)
  await refreshConcepts(db, [id])
  await refreshUseCases(db, await useCasesOf(db, id))
}

export const indexConceptAfterChange: CollectionAfterChangeHook<Concept> = async ({ doc, previousDoc, req }) => {
  if (visibleToReaders(doc, previousDoc)) await reindexConcept(req, doc.id)
  return doc
}

export const indexConceptAfterDelete: CollectionAfterDeleteHook<Concept> = async ({ doc, req }) => {
  await reindexConcept(req, doc.id)
  return doc
}

/** A use case is found itself, and its title is part of what finds its concepts. */
export const indexUseCaseAfterChange: CollectionAfterChangeHook<UseCase> = async ({ doc, previousDoc, req }) => {
  if (!visibleToReaders(doc, previousDoc)) return doc
  const db = await requestDatabase(req)
  await refreshUseCases(db, [doc.id])
  await refreshConcepts(db, relationIds([...(doc.concepts ?? []), ...(previousDoc?.concepts ?? [])]))
  return doc
}

export const indexUseCaseAfterDelete: CollectionAfterDeleteHook<UseCase> = async ({ doc, req }) => {
  const db = await requestDatabase(req)
  await refreshUseCases(db, [doc.id])
  await refreshConcepts(db, relationIds(doc.concepts ?? []))
  return doc
}

/** An FAQ's question and answer are part of what finds its concept. */
export const indexFaqAfterChange: CollectionAfterChangeHook<Faq> = async ({ doc, previousDoc, req }) => {
  if (!visibleToReaders(doc, previousDoc)) return doc
  await refreshConcepts(await requestDatabase(req), relationIds([doc.concept, previousDoc?.concept]))
  return doc
}

export const indexFaqAfterDelete: CollectionAfterDeleteHook<Faq> = async ({ doc, req }) => {
  await refreshConcepts(await requestDatabase(req), relationIds([doc.concept]))
  return doc
}
