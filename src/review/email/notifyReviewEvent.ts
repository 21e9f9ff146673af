// Review emails through Payload's email adapter (SMTP, or the local capture in dev and tests).
import type { PayloadRequest } from 'payload'
import { absoluteUrl } from '@/seo/siteUrl'
import type { ReviewEvent } from '@/review/context'
import { adminEditPath } from '@/routes'
import { counted } from '@/vocabulary/counted'
import { oneLine, quoted } from './plainTextLines'

type Subject = { collection: string; id: number | string; title: string; label: string }

const adminLink = (subject: Subject) => absoluteUrl(adminEditPath('/admin', subject))

async function reviewerAddresses(req: PayloadRequest): Promise<string[]> {
  const reviewers = await req.payload.find({
    collection: 'users',
    where: { and: [{ roles: { in: ['reviewer'] } }, { id: { not_equals: req.user?.id } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  return reviewers.docs.map((reviewer) => reviewer.email)
}

async function authorAddress(req: PayloadRequest, authorId: number | undefined): Promise<string[]> {
  if (!authorId || authorId === req.user?.id) return []
  const author = await req.payload.findByID({ collection: 'users', id: authorId, depth: 0, overrideAccess: true, req })
  return [author.email]
}

/** `, with 3 FAQs and 1 use case`: the companions that followed a concept's move. */
function withCompanions({ companions = [] }: ReviewEvent): string {
  const faqs = companions.filter((slug) => slug === 'faqs').length
  const useCases = companions.length - faqs
  const parts = [faqs && counted(faqs, 'FAQ'), useCases && counted(useCases, 'use case')].filter(Boolean)
  return parts.length > 0 ? `, with ${parts.join(' and ')}` : ''
}

function message(event: ReviewEvent, subject: Subject, actor: string): { subject: string; text: string } | undefined {
  const link = adminLink(subject)
  const title = oneLine(subject.title)
  const name = `${subject.label} “${title}”${withCompanions(event)}`
  switch (event.move) {
    case 'submit':
      return {
        subject: `Review requested: ${title}`,
        text: `${actor} submitted the ${name} for review.\n\nReview it: ${link}\n`,
      }
    case 'approve':
      return {
        subject: `Approved: ${title}`,
        text: `${actor} approved your change to the ${name}.\n\nSee it: ${link}\n`,
      }
    case 'request_changes':
      return {
        subject: `Changes requested: ${title}`,
        text: `${actor} asked for changes to the ${name}:\n\n${quoted(event.comment ?? '')}\n\nOpen it: ${link}\n`,
      }
    default:
      return undefined
  }
}

export async function notifyReviewEvent(req: PayloadRequest, event: ReviewEvent, subject: Subject): Promise<void> {
  const content = message(event, subject, oneLine(req.user?.name ?? '') || 'Someone')
  if (!content) return
  const recipients =
    event.move === 'submit' ? await reviewerAddresses(req) : await authorAddress(req, event.submittedBy)
  await Promise.all(recipients.map((to) => req.payload.sendEmail({ to, ...content })))
}
