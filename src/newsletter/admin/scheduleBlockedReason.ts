import { canPublish } from '@/access/capabilities'
import type { User } from '@/payload-types'
import type { ReviewState } from '@/review/rules/transitions'

/** What the schedule button says instead of working; the schedule endpoint holds the same rules. */
export function scheduleBlockedReason(user: unknown, state: ReviewState | undefined): string | undefined {
  if (!canPublish(user as User | null)) return 'A reviewer schedules the issue once another person has approved it.'
  if (state !== 'approved') return 'Scheduling opens once the issue is approved.'
  return undefined
}
