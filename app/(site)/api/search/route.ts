// GET /api/search (see src/search/searchApi.ts). `npm start` answers it before Next does
// (src/cli/searchFastPath.ts); this route serves it under `npm run dev` and any other server.
import { searchIndex } from '@/content/cached'
import { answerSearchRequest } from '@/search/searchApi'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  return answerSearchRequest(request, await searchIndex())
}
