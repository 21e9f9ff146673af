// Brings search rows in step with what is published: called after a write to a concept,
// a use case or an FAQ, and by a full rebuild. Refreshes take turns (a lock held until
// the write's transaction ends): two publishes sharing words would otherwise wait on each
// other's word counts, in opposite orders, and a rebuild would count a publish twice.
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import { takeTransactionLock } from '@/db/transactionLock'
import type { SearchDb } from '../searchDb'
import { countLexemes, forgetLexemes, rememberWords, writePassages } from './derivedRows'
import { removeUnpublished, upsertConcepts, upsertUseCases } from './documentRows'
import type { DocType, Selection } from './selection'

/** Any number, as long as nothing else locks it: "search" in ASCII. */
const REFRESH_LOCK = 0x736561726368

/** Waits for any other refresh or rebuild to commit; this one then holds the turn until its own transaction ends. */
export async function takeRefreshTurn(db: SearchDb): Promise<void> {
  await takeTransactionLock(db, REFRESH_LOCK)
}

async function refresh(db: SearchDb, docType: DocType, selection: Selection, upsert: SQL): Promise<void> {
  if (Array.isArray(selection) && selection.length === 0) return
  await takeRefreshTurn(db)
  const statements = [
    forgetLexemes(docType, selection),
    removeUnpublished(docType, selection),
    upsert,
    ...writePassages(docType, selection),
    ...countLexemes(docType, selection),
    rememberWords(docType, selection),
  ]
  for (const statement of statements) await db.execute(statement)
}

export const refreshConcepts = (db: SearchDb, selection: Selection) =>
  refresh(db, 'concept', selection, upsertConcepts(selection))

export const refreshUseCases = (db: SearchDb, selection: Selection) =>
  refresh(db, 'use-case', selection, upsertUseCases(selection))
