/** The id of a relationship value, whether it is a bare id or a populated document. */
export function referenceId(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return Number((value as { id: unknown }).id)
  return undefined
}
