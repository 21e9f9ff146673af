'use client'
// "3 hours ago", in the reader's own language, with the exact time on hover.
import { useSyncExternalStore } from 'react'

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
]

function relative(date: Date, now: number, locale: string): string {
  const seconds = Math.round((date.getTime() - now) / 1000)
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1]
  return format.format(Math.round(seconds / size), unit)
}

const SECOND = 1_000
const noSubscription = () => () => {}
/** The browser's clock to the second, so consecutive reads within one render agree. */
const currentSecond = () => Math.floor(Date.now() / SECOND)
const noClockOnTheServer = () => undefined

/** Server and first client render agree on a plain UTC time; the browser then words it for its reader. */
export function RelativeTime({ iso }: { iso: string }) {
  const second = useSyncExternalStore(noSubscription, currentSecond, noClockOnTheServer)
  const date = new Date(iso)
  if (second === undefined) return <time dateTime={iso}>{`${iso.slice(0, 16).replace('T', ' ')} UTC`}</time>
  const locale = navigator.language
  return (
    <time dateTime={iso} title={date.toLocaleString(locale, { dateStyle: 'full', timeStyle: 'short' })}>
      {relative(date, second * SECOND, locale)}
    </time>
  )
}
