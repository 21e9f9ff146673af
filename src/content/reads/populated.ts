/** The related document when Payload populated it, otherwise undefined (an id or nothing). */
export function populated<T extends object>(value: number | T | null | undefined): T | undefined {
  return typeof value === 'object' && value !== null ? value : undefined
}

export function populatedList<T extends object>(values: Array<number | T> | null | undefined): T[] {
  return (values ?? []).flatMap((value) => {
    const doc = populated(value)
    return doc ? [doc] : []
  })
}
