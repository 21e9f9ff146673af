// The type a field's value must have on every save, drafts included, before any other
// check: Payload's own checks assume it (a number as a title passes its length check, and
// the database then fails with a 500), and Postgres refuses null characters in text.
import type { Field } from 'payload'
import { richTextProblem } from './richTextSafety'

const NULL_CHARACTER = '\u0000'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A number, or text that is one (form posts send numbers as text). */
const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

function textProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'This field must be text.'
  if (value.includes(NULL_CHARACTER)) return 'Text may not contain null characters.'
  return undefined
}

function eachProblem(values: unknown, check: (value: unknown) => string | undefined): string | undefined {
  if (!Array.isArray(values)) return 'This field must be a list.'
  for (const value of values) {
    const problem = check(value)
    if (problem) return problem
  }
  return undefined
}

function scalarProblem(field: Field, value: unknown): string | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return textProblem(value)
    case 'number':
      return isNumeric(value) ? undefined : 'This field must be a number.'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'This field must be true or false.'
    case 'date':
      return (typeof value === 'string' || value instanceof Date) && !Number.isNaN(new Date(value).getTime())
        ? undefined
        : 'This field must be a date.'
    case 'richText':
      return richTextProblem(value)
    default:
      return undefined
  }
}

/** Why the value cannot be a value of this field at all, or undefined; empty values are left to `required`. */
export function valueShapeProblem(field: Field, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  if (field.type === 'array' || field.type === 'blocks') {
    return eachProblem(value, (row) => (isPlainObject(row) ? undefined : 'Each row must be an object.'))
  }
  if (field.type === 'group') return isPlainObject(value) ? undefined : 'This field must be an object.'
  if ('hasMany' in field && field.hasMany && field.type !== 'relationship' && field.type !== 'upload') {
    return eachProblem(value, (item) => scalarProblem(field, item))
  }
  return scalarProblem(field, value)
}
