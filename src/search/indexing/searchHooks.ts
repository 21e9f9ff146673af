// Collection hooks that keep search rows in step with publishing. They run inside the
// write's transaction, so readers find a document exactly when its publish commits.
// Only changes readers can see count (src/content/liveChange): a draft edit changes nothing.
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { LiveChangeEffect } from '@/content/liveChange'
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

export const indexConceptChange: LiveChangeEffect<'concepts'> = ({ id }, req) => reindexConcept(req, id)

export const indexConceptAfterDelete: CollectionAfterDeleteHook<Concept> = async ({ doc, req }) => {
  await reindexConcept(req, doc.id)
  return doc
}

/** A use case is found itself, and its title is part of what finds its concepts. */
export const indexUseCaseChange: LiveChangeEffect<'use-cases'> = async ({ id, before, after }, req) => {
  const db = await requestDatabase(req)
  await refreshUseCases(db, [id])
  await refreshConcepts(db, relationIds([...(after?.concepts ?? []), ...(before?.concepts ?? [])]))
}

export const indexUseCaseAfterDelete: CollectionAfterDeleteHook<UseCase> = async ({ doc, req }) => {
  const db = await requestDatabase(req)
  await refreshUseCases(db, [doc.id])
  await refreshConcepts(db, relationIds(doc.concepts ?? []))
  return doc
}

/** An FAQ's question and answer are part of what finds its concept, and of what found the one it left. */
export const indexFaqChange: LiveChangeEffect<'faqs'> = async ({ before, after }, req) => {
  await refreshConcepts(await requestDatabase(req), relationIds([after?.concept, before?.concept]))
}

export const indexFaqAfterDelete: CollectionAfterDeleteHook<Faq> = async ({ doc, req }) => {
  await refreshConcepts(await requestDatabase(req), relationIds([doc.concept]))
  return doc
}
