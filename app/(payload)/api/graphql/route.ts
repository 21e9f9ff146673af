import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { withRequestErrorStatus } from '@/api/graphql/requestErrorStatus'
import { cachedGraphqlReads } from '@/api/readerCache/cachedForReaders'
import { guardedRoute } from '@/api/request/guardedRoute'

export const POST = guardedRoute(cachedGraphqlReads(withRequestErrorStatus(GRAPHQL_POST(config))), { rest: false })
export const OPTIONS = REST_OPTIONS(config)
