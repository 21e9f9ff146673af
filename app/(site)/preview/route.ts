// GET /preview?path=/concepts/<slug> — signed-in staff only: turns on Next's draft mode
// and opens the page, which then shows the latest draft under a "Draft preview" banner.
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewablePath } from '../../../src/preview/previewPath'
import { staffFromHeaders } from '../../../src/preview/staffPreview'

export async function GET(request: Request) {
  const path = previewablePath(new URL(request.url).searchParams.get('path'))
  if (!path) return new Response('Preview needs a concept page path, like /concepts/tokenizer.', { status: 400 })
  if (!(await staffFromHeaders(request.headers))) {
    return new Response('Sign in to the admin as editorial staff to preview drafts.', { status: 403 })
  }
  ;(await draftMode()).enable()
  redirect(path)
}
