// GET /preview/exit?path=… — leaves draft preview and returns to the admin page the preview
// was opened from, or else to the page itself.
import { cookies, draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewablePath } from '@/preview/previewPath'
import { adminReturnPath, PREVIEW_RETURN_COOKIE } from '@/preview/returnPath'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const jar = await cookies()
  const back = adminReturnPath(jar.get(PREVIEW_RETURN_COOKIE)?.value)
  jar.delete(PREVIEW_RETURN_COOKIE)
  redirect(back ?? previewablePath(new URL(request.url).searchParams.get('path')) ?? '/')
}
