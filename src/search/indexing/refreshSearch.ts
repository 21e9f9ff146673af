// Brings search rows in step with what is published: called after a write to a concept,
// a use case or an FAQ, and by a full rebuild.
import type { SearchDb } from '../searchDb'
import { rememberWords, removeUnpublished, type Selection, upsertConcepts, upsertUseCases } from './documentRows'

export async function refreshConcepts(db: SearchDb, selection: Selection): Promise<void> {
  if (Array.isArray(selection) && selection.length === 0) return
  await db.execute(removeUnpublished('concept', selection))
  await db.execute(upsertConcepts(selection))
  await db.execute(rememberWords('concept', selection))
}

export async function refreshUseCases(db: SearchDb, selection: Selection): Promise<void> {
  if (Array.isArray(selection) && selection.length === 0) return
  await db.execute(removeUnpublished('use-case', selection))
  await db.execute(upsertUseCases(selection))
  await db.execute(rememberWords('use-case', selection))
}
