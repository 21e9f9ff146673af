// Endpoints on each newsletter issue, for editorial staff:
//   POST /api/newsletter-issues/:id/test-send   the email as it stands, to the signed-in person only
//   GET  /api/newsletter-issues/:id/figures     subscribers, and after sending how it went
import { APIError, type Endpoint } from 'payload'
import { staffEndpoint } from '@/review/api/staffEndpoint'
import { IssueNotReady } from '@/newsletter/compose/issueContent'
import { issueEmail } from '@/newsletter/compose/issueEmail'
import { absoluteUrl } from '@/seo/siteUrl'
import { UNSUBSCRIBE_PAGE_PATH } from '@/newsletter/unsubscribeLinks'
import { deliveryFigures } from './deliveryFigures'
import { subscriberCounts } from './subscriberCounts'

export const TEST_SUBJECT_PREFIX = '[Test] '

async function draftEmail(...args: Parameters<typeof issueEmail>) {
  try {
    return await issueEmail(...args)
  } catch (error) {
    if (error instanceof IssueNotReady) throw new APIError(error.message, 409, null, true)
    throw error
  }
}

export const issueEndpoints: Endpoint[] = [
  staffEndpoint('post', '/:id/test-send', async ({ req, user, id }) => {
    const email = (await draftEmail(req.payload, id(), { draft: true })).render(absoluteUrl(UNSUBSCRIBE_PAGE_PATH))
    await req.payload.sendEmail({
      to: user.email,
      subject: `${TEST_SUBJECT_PREFIX}${email.subject}`,
      html: email.html,
      text: email.text,
    })
    return Response.json({ message: `A test of this issue is on its way to ${user.email}.`, sentTo: user.email })
  }),
  staffEndpoint('get', '/:id/figures', async ({ req, id }) => {
    const [subscribers, deliveries] = await Promise.all([
      subscriberCounts(req.payload),
      deliveryFigures(req.payload, id()),
    ])
    return Response.json({ subscribers, deliveries })
  }),
]
