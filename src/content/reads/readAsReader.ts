// The content layer's one rule, kept here and nowhere else: the site reads exactly what an
// anonymous REST or GraphQL reader would (access is never overridden, so drafts and
// unpublished documents stay out), and no read returns more than MAX_ROWS documents.
import type { CollectionSlug, FindOptions, SelectType } from 'payload'
import { payloadClient } from '@/content/payloadClient'

export const MAX_ROWS = 5_000

type ReaderFind<TSlug extends CollectionSlug, TSelect extends SelectType> = Omit<
  FindOptions<TSlug, TSelect>,
  'overrideAccess' | 'draft' | 'pagination' | 'page' | 'user' | 'req'
>

export async function findAsReader<TSlug extends CollectionSlug, TSelect extends SelectType>(
  options: ReaderFind<TSlug, TSelect>,
) {
  const payload = await payloadClient()
  return payload.find({
    ...options,
    overrideAccess: false,
    draft: false,
    pagination: false,
    limit: Math.min(options.limit ?? MAX_ROWS, MAX_ROWS),
  } as FindOptions<TSlug, TSelect>)
}
