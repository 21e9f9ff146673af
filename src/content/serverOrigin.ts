// Where this app's own server listens, for the processes beside it (the job runner, CLI tasks).
export const DEFAULT_PORT = 3000

export function serverOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT || DEFAULT_PORT}`
}
