import type { DefaultValue, PayloadRequest } from 'payload'

/**
 * A default that needs the database. Payload awaits default functions (getDefaultValue) when
 * it fills a new document, in the admin's create form and on API creates alike, although its
 * type promises a value returned at once.
 */
export function asyncDefault<T>(compute: (req: PayloadRequest) => Promise<T>): DefaultValue {
  return (({ req }: { req: PayloadRequest }) => compute(req)) as unknown as DefaultValue
}
