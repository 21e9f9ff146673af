// What `npm run soak` runs, from the environment: how long, on which port, and how many
// readers and editorial pairs (an editor and a reviewer each) work at the same time.
export type SoakSettings = { seconds: number; port: number; readers: number; editorialPairs: number }

function wholeNumber(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more.`)
  return value
}

export function readSettings(): SoakSettings {
  return {
    seconds: wholeNumber('SOAK_SECONDS', 300),
    port: wholeNumber('SOAK_PORT', 3300),
    readers: wholeNumber('SOAK_READERS', 8),
    editorialPairs: wholeNumber('SOAK_EDITORS', 2),
  }
}
