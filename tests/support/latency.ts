/** The p-th percentile (nearest rank) of latencies sorted in ascending order. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Makes `total` timed calls, `concurrency` at a time: each call's milliseconds, and the seconds all took. */
export async function timeConcurrently(
  total: number,
  concurrency: number,
  call: (index: number) => Promise<number>,
): Promise<{ samples: number[]; seconds: number }> {
  const samples: number[] = []
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next
        next += 1
        samples.push(await call(index))
      }
    }),
  )
  return { samples, seconds: (performance.now() - started) / 1000 }
}
