// Replaces Payload's "schedule-publish" server function (the Schedule drawer of the Publish
// button) so that scheduling and cancelling follow the review rules and are recorded.
import type { PayloadRequest, ServerFunction } from 'payload'
import { cancelSchedule, scheduleReviewed, type ScheduleRequest } from './schedule'
import type { User } from '@/payload-types'

type ScheduleArgs = {
  type: ScheduleRequest['type']
  date?: string
  deleteID?: number | string
  doc?: ScheduleRequest['doc']
}

type ScheduleResult = { message?: string; error?: string }

/** What the drawer asks for, answered as the drawer expects: a message, or an error to show. */
export async function scheduleFromAdmin(
  { type, date, deleteID, doc }: ScheduleArgs,
  req: PayloadRequest,
): Promise<ScheduleResult> {
  const user = req.user as User | null
  if (!user) return { error: 'Sign in to schedule publishing.' }
  try {
    if (deleteID) await cancelSchedule(req.payload, { jobId: deleteID, user })
    if (doc && date) await scheduleReviewed(req.payload, { type, doc, date, user })
    return { message: req.i18n.t('general:success') }
  } catch (error) {
    return { error: error instanceof Error ? error.message : 'Scheduling failed.' }
  }
}

export const schedulePublishServerFunction: ServerFunction<ScheduleArgs, Promise<ScheduleResult>> = ({
  req,
  ...args
}) => scheduleFromAdmin(args, req)
