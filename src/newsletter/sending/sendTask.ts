// The jobs-queue task that sends one issue. Publishing queues it; it runs in whichever
// process runs jobs, and a send interrupted by a crash is picked up again at the next start
// (resumeInterruptedSends). Deliveries still waiting when a run ends (a temporary SMTP failure,
// or a run that used up its time) get a follow-up job, queued for when the earliest is due.
import type { PayloadRequest, TaskConfig } from 'payload'
import { sendIssue, type SendInput } from './sendIssue'

export const SEND_TASK = 'sendNewsletterIssue'

export const sendNewsletterIssueTask: TaskConfig<'sendNewsletterIssue'> = {
  slug: SEND_TASK,
  label: 'Send a newsletter issue',
  retries: 3,
  inputSchema: [
    { name: 'issue', type: 'number', required: true },
    { name: 'recipientsConfirmedBy', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'remaining', type: 'number' },
  ],
  handler: async ({ input, req }) => {
    const outcome = await sendIssue(req.payload, input)
    if (outcome.retryAt) {
      await req.payload.jobs.queue({ task: SEND_TASK, input, waitUntil: outcome.retryAt })
    }
    return { output: { sent: outcome.sent, remaining: outcome.remaining } }
  },
}

export async function queueSend(req: PayloadRequest, input: SendInput): Promise<void> {
  await req.payload.jobs.queue({ task: SEND_TASK, input, req })
}
