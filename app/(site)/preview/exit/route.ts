// GET /preview/exit?path=… — leaves draft preview and returns to the published page.
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { previewablePath } from '../../../../src/preview/previewPath'

export async function GET(request: Request) {
  ;(await draftMode()).disable()
  redirect(previewablePath(new URL(request.url).searchParams.get('path')) ?? '/')
}
