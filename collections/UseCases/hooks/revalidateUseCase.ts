import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { useCaseChangeTags, visibleToReaders } from '@/content/cacheTags'
import { expireTags } from '@/content/revalidate'
import type { UseCase } from '@/payload-types'
import { conceptSlugs } from '../../Concepts/conceptSlugs'

export const revalidateUseCaseAfterChange: CollectionAfterChangeHook<UseCase> = async ({ doc, previousDoc, req }) => {
  if (!visibleToReaders(doc, previousDoc)) return doc
  const slugs = await conceptSlugs(req, [...(doc.concepts ?? []), ...(previousDoc?.concepts ?? [])])
  expireTags(req, useCaseChangeTags(doc, previousDoc, slugs))
  return doc
}

export const revalidateUseCaseAfterDelete: CollectionAfterDeleteHook<UseCase> = async ({ doc, req }) => {
  expireTags(req, useCaseChangeTags(doc, undefined, await conceptSlugs(req, doc.concepts ?? [])))
  return doc
}
