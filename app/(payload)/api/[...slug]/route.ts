import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { cachedRestReads } from '@/api/readerCache/cachedForReaders'
import { guardedRoute } from '@/api/request/guardedRoute'

const rest = { rest: true }

export const GET = guardedRoute(cachedRestReads(REST_GET(config)), rest)
export const POST = guardedRoute(REST_POST(config), rest)
export const DELETE = guardedRoute(REST_DELETE(config), rest)
export const PATCH = guardedRoute(REST_PATCH(config), rest)
export const PUT = guardedRoute(REST_PUT(config), rest)
export const OPTIONS = REST_OPTIONS(config)
