import { newsletterTimeZone } from './sendDate'

/** "Tuesday 1 December 2026, 09:00 (Europe/Berlin)": a send time as the newsletter's zone reads it. */
export function sendTimeLabel(iso: string | null | undefined, timeZone: string = newsletterTimeZone()): string {
  if (!iso) return 'an unknown time'
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return 'an unknown time'
  const text = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date)
  return `${text.replace(' at ', ', ')} (${timeZone})`
}
