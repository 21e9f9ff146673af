// When a newsletter issue goes out by default: the next Tuesday at 09:00 in the
// newsletter's time zone (NEWSLETTER_TIME_ZONE, an IANA name; UTC when unset).
const SEND_WEEKDAY = 2
const SEND_HOUR = 9

export function newsletterTimeZone(): string {
  const zone = process.env.NEWSLETTER_TIME_ZONE?.trim() || 'UTC'
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone
  } catch {
    throw new Error(`NEWSLETTER_TIME_ZONE "${zone}" is not a time zone name such as "Europe/Berlin".`)
  }
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: number }

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  }).formatToParts(instant)
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? ''
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    weekday: weekdays.indexOf(part('weekday')),
  }
}

/** The instant a wall-clock time in a zone happens (the later one, when clocks go back). */
function instantOf(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour)
  let guess = asUtc
  for (let step = 0; step < 3; step++) {
    const seen = wallClock(new Date(guess), timeZone)
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute)
    guess += asUtc - seenAsUtc
  }
  return new Date(guess)
}

/** The next send slot strictly after `now`. */
export function nextSendDate(now: Date = new Date(), timeZone: string = newsletterTimeZone()): Date {
  const today = wallClock(now, timeZone)
  for (let ahead = 0; ahead <= 7; ahead++) {
    if ((today.weekday + ahead) % 7 !== SEND_WEEKDAY) continue
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead))
    const slot = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), SEND_HOUR, timeZone)
    if (slot.getTime() > now.getTime()) return slot
  }
  throw new Error('No Tuesday within eight days: the calendar is broken.')
}
