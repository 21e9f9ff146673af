// One delivery row per issue and subscriber, recorded before the first email leaves:
//   pending → claimed (a worker took it) → sending (handed to SMTP) → sent
// A 4xx puts it back to pending with a later retry time; a 5xx makes it bounced; running out
// of retries makes it failed. A row left `sending` by a worker that died is `unknown`: the
// SMTP server may or may not have taken it, so it is never resent blindly. `skipped` is a
// recipient who unsubscribed or bounced after the rows were recorded.
export const DELIVERY_STATES = [
  'pending',
  'claimed',
  'sending',
  'sent',
  'failed',
  'bounced',
  'unknown',
  'skipped',
] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]
