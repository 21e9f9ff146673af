// The content layer's one rule, kept here and nowhere else: the site reads exactly what an
// anonymous REST or GraphQL reader would (access is never overridden, so drafts and
// unpublished documents stay out), and no read returns more than MAX_ROWS documents.
import type { CollectionSlug, FindOptions, PaginatedDocs, SelectType, TransformCollectionWithSelect } from 'payload'
import { payloadClient } from '@/content/payloadClient'

const MAX_ROWS = 5_000

type ReaderFind<TSlug extends CollectionSlug, TSelect extends SelectType> = Omit<
  FindOptions<TSlug, TSelect>,
  'overrideAccess' | 'draft' | 'pagination' | 'page' | 'user' | 'req'
>

type ReaderResult<TSlug extends CollectionSlug, TSelect extends SelectType> = PaginatedDocs<
  TransformCollectionWithSelect<TSlug, TSelect>
>

const asReader = { overrideAccess: false, draft: false } as const

/**
 * Payload's find as a reader, called with the options and result types widened to any
 * collection: checking the call against the generic slug and select took the type checker
 * about 25 seconds of its 42. The exported functions below keep callers' types exact.
 */
async function find<TSlug extends CollectionSlug, TSelect extends SelectType>(
  options: ReaderFind<TSlug, TSelect> & Pick<FindOptions<TSlug, TSelect>, 'pagination' | 'page'>,
): Promise<ReaderResult<TSlug, TSelect>> {
  const payload = await payloadClient()
  const widened = options as ReaderFind<CollectionSlug, SelectType> &
    Pick<FindOptions<CollectionSlug, SelectType>, 'pagination' | 'page'>
  const result = await payload.find({ ...widened, ...asReader })
  return result as ReaderResult<TSlug, TSelect>
}

export function findAsReader<TSlug extends CollectionSlug, TSelect extends SelectType>(
  options: ReaderFind<TSlug, TSelect>,
): Promise<ReaderResult<TSlug, TSelect>> {
  return find({ ...options, pagination: false, limit: Math.min(options.limit ?? MAX_ROWS, MAX_ROWS) })
}

/** One page of `limit` documents, with the totals a page list needs (one count query more). */
export function findPageAsReader<TSlug extends CollectionSlug, TSelect extends SelectType>(
  options: ReaderFind<TSlug, TSelect> & { limit: number },
  page: number,
): Promise<ReaderResult<TSlug, TSelect>> {
  return find({ ...options, pagination: true, page, limit: Math.min(options.limit, MAX_ROWS) })
}
