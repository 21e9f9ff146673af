import type { CollectionAfterDeleteHook } from 'payload'
import { useCaseChangeTags } from '@/content/cacheTags'
import type { LiveChangeEffect } from '@/content/liveChange'
import { expireTags } from '@/content/revalidate'
import type { UseCase } from '@/payload-types'
import { conceptSlugs } from '../../Concepts/conceptSlugs'

/** The use case's page, and the pages of the concepts it is linked to now and was before. */
export const expireUseCasePages: LiveChangeEffect<'use-cases'> = async ({ before, after }, req) => {
  const slugs = await conceptSlugs(req, [...(after?.concepts ?? []), ...(before?.concepts ?? [])])
  expireTags(req, useCaseChangeTags(after, before, slugs))
}

export const revalidateUseCaseAfterDelete: CollectionAfterDeleteHook<UseCase> = async ({ doc, req }) => {
  expireTags(req, useCaseChangeTags(doc, undefined, await conceptSlugs(req, doc.concepts ?? [])))
  return doc
}
