/** The p-th percentile (nearest rank) of latencies sorted in ascending order. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
