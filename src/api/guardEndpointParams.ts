// Payload hands the `:id` of a REST address (`/api/concepts/:id`, `/versions/:id`, …) to the
// database as it came, and offers the versions endpoints on every collection: `abc`, `1.5`
// or a number past Postgres's integer range, or the versions of a collection that keeps
// none, failed with a 500. They are 404s: there is no such document.
import {
  APIError,
  type Endpoint,
  type PayloadHandler,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
} from 'payload'

/** Postgres `serial` ids: whole numbers from 1 to 2^31 − 1. */
const MAX_SERIAL_ID = 2_147_483_647

export function isSerialId(id: string): boolean {
  return /^[1-9]\d{0,9}$/.test(id) && Number(id) <= MAX_SERIAL_ID
}

function label(collection: SanitizedCollectionConfig): string {
  const singular = collection.labels?.singular
  return typeof singular === 'string' ? singular.toLowerCase() : collection.slug
}

const notFound = (message: string) => new APIError(message, 404, null, true)

function usesSerialIds(collection: SanitizedCollectionConfig): boolean {
  return !collection.fields.some((field) => 'name' in field && field.name === 'id')
}

function guarded(collection: SanitizedCollectionConfig, endpoint: Endpoint): Endpoint {
  const isVersionsRoute = endpoint.path.startsWith('/versions')
  const takesId = endpoint.path.split('/').some((segment) => segment === ':id' || segment === ':id?')
  if (!(isVersionsRoute && !collection.versions) && !(takesId && usesSerialIds(collection))) return endpoint
  const handler: PayloadHandler = (req) => {
    if (isVersionsRoute && !collection.versions)
      throw notFound(`The ${label(collection)} collection keeps no versions.`)
    const id = req.routeParams?.id
    if (typeof id === 'string' && !isSerialId(id))
      throw notFound(`There is no ${label(collection)} with the id "${id}".`)
    return endpoint.handler(req)
  }
  return { ...endpoint, handler }
}

/** Checks the route parameters of every collection endpoint before Payload uses them. */
export function guardEndpointParams(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map((endpoint) => guarded(collection, endpoint))
    }
  }
  return config
}
