'use client'
// "3 hours ago", in the reader's own language, with the exact time on hover.
import { useEffect, useState } from 'react'

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

/** Server and first client render agree on a plain UTC time; the browser then words it for its reader. */
export function RelativeTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${iso.slice(0, 16).replace('T', ' ')} UTC`)
  const [title, setTitle] = useState<string>()
  useEffect(() => {
    const date = new Date(iso)
    const locale = navigator.language
    setText(relative(date, Date.now(), locale))
    setTitle(date.toLocaleString(locale, { dateStyle: 'full', timeStyle: 'short' }))
  }, [iso])
  return (
    <time dateTime={iso} title={title}>
      {text}
    </time>
  )
}
