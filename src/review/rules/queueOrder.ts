// The review queue's column sorting: by waiting time (oldest first by default), title or author.
import type { QueueItem } from '@/review/queries/reviewQueue'

export const QUEUE_SORTS = ['submittedAt', '-submittedAt', 'title', '-title', 'submittedBy', '-submittedBy'] as const
export type QueueSort = (typeof QUEUE_SORTS)[number]

export function queueSort(value: unknown): QueueSort {
  return QUEUE_SORTS.find((sort) => sort === value) ?? 'submittedAt'
}

export function sortQueue(items: QueueItem[], sort: QueueSort): QueueItem[] {
  const descending = sort.startsWith('-')
  const key = (descending ? sort.slice(1) : sort) as 'submittedAt' | 'title' | 'submittedBy'
  const sorted = [...items].sort((a, b) => a[key].localeCompare(b[key], undefined, { sensitivity: 'base' }))
  return descending ? sorted.reverse() : sorted
}
