// The query string of a REST request, read as Payload reads it (qs, same options), checked
// before Payload uses it: `where=notanobject`, an unknown or geographic operator, or
// `page=-1` failed inside Payload or the database with a 500.
import { validOperatorSet } from 'payload/shared'
import * as qs from 'qs-esm'
import { refuse, type Refusal } from './refusal'

/** Operators for point fields; Groundwork has none, and Postgres fails on them elsewhere. */
const GEOGRAPHIC_OPERATORS = new Set(['near', 'within', 'intersects'])
const MAX_WHERE_CONDITIONS = 200

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function wholeNumberRefusal(name: string, value: unknown, least: number): Refusal | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && /^\d{1,9}$/.test(value) && Number(value) >= least) return undefined
  return refuse(400, `The query parameter "${name}" must be a whole number of ${least} or more.`)
}

function operatorRefusal(path: string, operators: unknown): Refusal | undefined {
  if (!isObject(operators)) {
    return refuse(400, `The condition on "${path}" must name an operator, as in where[${path}][equals]=…`)
  }
  for (const operator of Object.keys(operators)) {
    if (!validOperatorSet.has(operator as never)) return refuse(400, `"${operator}" is not a query operator.`)
    if (GEOGRAPHIC_OPERATORS.has(operator)) {
      return refuse(400, `The operator "${operator}" works on map points only, and "${path}" is not one.`)
    }
  }
  return undefined
}

/** Why a `where` query cannot be run, or undefined; walked with a stack, so no nesting can overflow it. */
export function whereRefusal(where: unknown): Refusal | undefined {
  const pending: unknown[] = [where]
  let conditions = 0
  while (pending.length > 0) {
    const clause = pending.pop()
    if (!isObject(clause))
      return refuse(400, 'The query parameter "where" must be an object, as in where[title][equals]=…')
    for (const [key, value] of Object.entries(clause)) {
      if (++conditions > MAX_WHERE_CONDITIONS)
        return refuse(400, `A query may hold at most ${MAX_WHERE_CONDITIONS} conditions.`)
      if (key === 'and' || key === 'or') {
        if (!isObject(value) && !Array.isArray(value)) return refuse(400, `"${key}" must hold a list of conditions.`)
        pending.push(...Object.values(value))
        continue
      }
      const problem = operatorRefusal(key, value)
      if (problem) return problem
    }
  }
  return undefined
}

/** Why the query string of a REST request cannot be used, or undefined. */
export function queryRefusal(url: URL): Refusal | undefined {
  if (!url.search) return undefined
  const query = qs.parse(url.search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })
  return (
    wholeNumberRefusal('page', query.page, 1) ??
    wholeNumberRefusal('limit', query.limit, 0) ??
    wholeNumberRefusal('depth', query.depth, 0) ??
    (query.where === undefined ? undefined : whereRefusal(query.where))
  )
}
