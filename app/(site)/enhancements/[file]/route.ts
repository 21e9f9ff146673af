// The reader pages' scripts (src/enhancements), by their hashed names: a name never changes
// content, so browsers and proxies keep them for a year.
import { enhancementBundle } from '@/enhancements/enhancementBundle'

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const code = (await enhancementBundle()).files.get(file)
  if (code === undefined) {
    return new Response('No such script.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  }
  return new Response(code, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  })
}
