// Draft preview is for signed-in staff only: Next's draft-mode cookie alone is not enough,
// every preview render checks the admin session too.
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import { canEdit } from '@/access/capabilities'
import { payloadClient } from '@/content/payloadClient'

export async function staffFromHeaders(requestHeaders: Headers) {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return canEdit(user) ? user : null
}

/** Whether this render is a signed-in staff member's draft preview; checked once per request. */
export const isStaffPreview = cache(async (): Promise<boolean> => {
  if (!(await draftMode()).isEnabled) return false
  return (await staffFromHeaders(await headers())) !== null
})
