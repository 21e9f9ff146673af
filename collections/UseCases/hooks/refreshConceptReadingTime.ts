import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { refreshConceptReadingTime } from '../../Concepts/readingTime'
import type { UseCase } from '../../../src/payload-types'

function conceptIdsOf(useCase: Pick<UseCase, 'concepts'> | undefined): number[] {
  return (useCase?.concepts ?? []).map((concept) => (typeof concept === 'object' ? concept.id : concept))
}

export const refreshReadingTimeAfterChange: CollectionAfterChangeHook<UseCase> = async ({ doc, previousDoc, req }) => {
  const ids = new Set([...conceptIdsOf(doc), ...conceptIdsOf(previousDoc)])
  for (const id of ids) await refreshConceptReadingTime(req, id)
  return doc
}

export const refreshReadingTimeAfterDelete: CollectionAfterDeleteHook<UseCase> = async ({ doc, req }) => {
  for (const id of conceptIdsOf(doc)) await refreshConceptReadingTime(req, id)
  return doc
}
