// Relationship values arrive in several shapes: a bare id, a populated document, a
// polymorphic `{ relationTo, value }`, or a numeric string from a form.

/** The id a relationship value points at, or undefined when it points at nothing. */
export function relationId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return /^\d+$/.test(value) ? Number(value) : undefined
  if (value && typeof value === 'object') {
    if ('value' in value) return relationId(value.value)
    if ('id' in value) return relationId(value.id)
  }
  return undefined
}

/** The distinct ids several relationship values point at. */
export function relationIds(values: readonly unknown[]): number[] {
  return [...new Set(values.map(relationId).filter((id): id is number => id !== undefined))]
}
