// The port this app's own server listens on.
const DEFAULT_PORT = 3000

/** The port the server runs on: PORT, as `npm run dev` and `npm start` pass it to Next, else 3000. */
export function serverPort(): string {
  return process.env.PORT || String(DEFAULT_PORT)
}
