import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { refreshConceptReadingTime } from '../../Concepts/readingTime'
import type { Faq } from '../../../src/payload-types'

function conceptIdOf(faq: Pick<Faq, 'concept'> | undefined): number | undefined {
  const concept = faq?.concept
  return typeof concept === 'object' && concept !== null ? concept.id : (concept ?? undefined)
}

export const refreshReadingTimeAfterChange: CollectionAfterChangeHook<Faq> = async ({ doc, previousDoc, req }) => {
  const ids = new Set([conceptIdOf(doc), conceptIdOf(previousDoc)])
  for (const id of ids) if (id !== undefined) await refreshConceptReadingTime(req, id)
  return doc
}

export const refreshReadingTimeAfterDelete: CollectionAfterDeleteHook<Faq> = async ({ doc, req }) => {
  const id = conceptIdOf(doc)
  if (id !== undefined) await refreshConceptReadingTime(req, id)
  return doc
}
