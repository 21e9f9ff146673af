// The "Email" tab of a newsletter issue: the email as it will be sent (its HTML part at
// desktop and phone widths, and its text part), a test to oneself, and the figures: who
// will get it, and after sending how it went.
import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'
import { IssueNotReady } from '@/newsletter/compose/issueContent'
import { issueEmail } from '@/newsletter/compose/issueEmail'
import { UNSUBSCRIBE_PAGE_PATH } from '@/newsletter/unsubscribeLinks'
import { absoluteUrl } from '@/seo/siteUrl'
import { deliveryFigures } from './deliveryFigures'
import { DeliveryFiguresTable } from './DeliveryFiguresTable'
import { SendTestButton } from './SendTestButton.client'
import { ScheduleSend } from './ScheduleSend.client'
import { scheduleBlockedReason } from './scheduleBlockedReason'
import { pendingSchedules } from '@/review/schedule/schedule'
import { sendTimeLabel } from '@/newsletter/sendTimeLabel'
import { subscriberCounts } from './subscriberCounts'
import './newsletterAdmin.css'

async function previewOf(props: DocumentViewServerProps, id: number) {
  try {
    return (await issueEmail(props.payload, id, { draft: true })).render(absoluteUrl(UNSUBSCRIBE_PAGE_PATH))
  } catch (error) {
    if (error instanceof IssueNotReady) return error.message
    throw error
  }
}

export async function EmailView(props: DocumentViewServerProps) {
  const id = Number(props.id ?? props.doc?.id)
  if (!Number.isInteger(id) || id <= 0)
    return (
      <Gutter className="gw-newsletter">
        <p>Save the issue first: its email preview appears here.</p>
      </Gutter>
    )
  const sent = props.hasPublishedDoc
  const [preview, subscribers, deliveries, schedules] = await Promise.all([
    previewOf(props, id),
    subscriberCounts(props.payload),
    deliveryFigures(props.payload, id),
    pendingSchedules(props.payload, 'newsletter-issues', id),
  ])
  return (
    <Gutter className="gw-newsletter">
      <section aria-labelledby="gw-newsletter-audience" className="gw-newsletter__figures">
        <h2 id="gw-newsletter-audience">{sent ? 'How the send went' : 'Who will get it'}</h2>
        {sent ? (
          <DeliveryFiguresTable figures={deliveries} />
        ) : (
          <p>
            <strong>{subscribers.confirmed}</strong> confirmed subscriber{subscribers.confirmed === 1 ? '' : 's'} (
            {subscribers.pending} waiting to confirm). Only confirmed addresses get an issue.
          </p>
        )}
      </section>
      {sent ? null : (
        <section aria-labelledby="gw-newsletter-schedule">
          <h2 id="gw-newsletter-schedule">When it goes out</h2>
          <ScheduleSend
            id={id}
            sendAt={String(props.doc?.sendAt ?? '')}
            sendAtLabel={sendTimeLabel(props.doc?.sendAt)}
            blockedReason={scheduleBlockedReason(props.initPageResult.req.user, props.doc?.review?.state)}
            schedules={schedules
              .filter((schedule) => schedule.type === 'publish')
              .map((schedule) => ({ id: schedule.id, label: sendTimeLabel(schedule.at) }))}
          />
        </section>
      )}
      {typeof preview === 'string' ? (
        <p className="gw-newsletter__problem">{preview}</p>
      ) : (
        <>
          <section aria-labelledby="gw-newsletter-preview">
            <h2 id="gw-newsletter-preview">The email</h2>
            <p>
              Subject: <strong>{preview.subject}</strong>
            </p>
            <SendTestButton id={id} />
            <div className="gw-newsletter__frames">
              <iframe title="The email's HTML part, at desktop width" srcDoc={preview.html} sandbox="" width="640" />
              <iframe title="The email's HTML part, at phone width" srcDoc={preview.html} sandbox="" width="320" />
            </div>
          </section>
          <section aria-labelledby="gw-newsletter-text">
            <h2 id="gw-newsletter-text">The plain-text part</h2>
            <pre className="gw-newsletter__text">{preview.text}</pre>
          </section>
        </>
      )}
    </Gutter>
  )
}
