// GET /preview?path=/concepts/<slug>[&back=/admin/…] — signed-in staff only: turns on Next's
// draft mode and opens the page, which then shows the latest draft under a "Draft preview"
// banner. `back` is where "Exit preview" returns to.
import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewablePath } from '@/preview/previewPath'
import { adminReturnPath, PREVIEW_RETURN_COOKIE } from '@/preview/returnPath'
import { staffFromHeaders } from '@/preview/staffPreview'

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const path = previewablePath(params.get('path'))
  if (!path) return new Response('Preview needs a concept page path, like /concepts/tokenizer.', { status: 400 })
  if (!(await staffFromHeaders(request.headers))) {
    return new Response('Sign in to the admin as editorial staff to preview drafts.', { status: 403 })
  }
  ;(await draftMode()).enable()
  const back = adminReturnPath(params.get('back'))
  const jar = await cookies()
  if (back) jar.set(PREVIEW_RETURN_COOKIE, back, { httpOnly: true, sameSite: 'lax', path: '/' })
  else jar.delete(PREVIEW_RETURN_COOKIE)
  redirect(path)
}
