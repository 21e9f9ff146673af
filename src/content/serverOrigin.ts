// Where this app's own server listens, for the processes beside it (the job runner, CLI tasks).
const DEFAULT_PORT = 3000

/** The port the server runs on: PORT, as `npm run dev` and `npm start` pass it to Next, else 3000. */
export function serverPort(): string {
  return process.env.PORT || String(DEFAULT_PORT)
}

export function serverOrigin(): string {
  return `http://127.0.0.1:${serverPort()}`
}
