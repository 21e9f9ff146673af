// Starts Payload with the server, so its job runner (scheduled publishing) checks the queue
// from the start, not from the first request that happens to need Payload: prerendered
// pages are served without it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  const payload = await getPayload({ config })
  payload.logger.info('Job runner started: scheduled publishing runs on time.')
}
