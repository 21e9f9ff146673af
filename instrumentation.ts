// Starts Payload with the server, so its job runner (scheduled publishing) checks the queue
// from the start, not from the first request that happens to need Payload: prerendered
// pages are served without it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  // `cron: true` starts the job runner now; without it Payload starts it on the first admin or API request.
  const payload = await getPayload({ config, cron: true })
  payload.logger.info('Job runner started: scheduled publishing runs on time.')
}
