import { handleSearchRequest } from '@/search/searchApi'

export const dynamic = 'force-dynamic'

export const GET = handleSearchRequest
