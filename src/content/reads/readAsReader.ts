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

const asReader = { overrideAccess: false, draft: false } as const

export async function findAsReader<TSlug extends CollectionSlug, TSelect extends SelectType>(
  options: ReaderFind<TSlug, TSelect>,
) {
  const payload = await payloadClient()
  return payload.find({
    ...options,
    ...asReader,
    pagination: false,
    limit: Math.min(options.limit ?? MAX_ROWS, MAX_ROWS),
  } as FindOptions<TSlug, TSelect>)
}

/** One page of `limit` documents, with the totals a page list needs (one count query more). */
export async function findPageAsReader<TSlug extends CollectionSlug, TSelect extends SelectType>(
  options: ReaderFind<TSlug, TSelect> & { limit: number },
  page: number,
) {
  const payload = await payloadClient()
  return payload.find({
    ...options,
    ...asReader,
    pagination: true,
    page,
    limit: Math.min(options.limit, MAX_ROWS),
  } as FindOptions<TSlug, TSelect>)
}
