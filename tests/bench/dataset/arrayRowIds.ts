// Ids for the rows of array fields (key traits, pitfalls). Payload stores them as 24 hex
// digits, unique across the table: here the seed's eight, then a running count.
export function arrayRowIds(seed: number): () => string {
  const prefix = (seed >>> 0).toString(16).padStart(8, '0')
  let count = 0
  return () => {
    count += 1
    return prefix + count.toString(16).padStart(16, '0')
  }
}
