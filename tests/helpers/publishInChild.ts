// Run by the crash-safety test in a process of its own, so the test can kill it (SIGKILL)
// while the publish is under way: publishes concept CONCEPT_ID as the admin ADMIN_ID.

// Held from before the first import to the end. Twice in CI (never locally) this process
// ended with exit code 13 before getPayload answered: a top-level await left unsettled with
// nothing keeping the event loop alive. Kept alive, a real hang shows as the test's timeout.
const keepAlive = setInterval(() => {}, 1_000)
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')

const payload = await getPayload({ config })
const admin = await payload.findByID({ collection: 'users', id: Number(process.env.ADMIN_ID) })
console.log('publishing')
await payload.update({
  collection: 'concepts',
  id: Number(process.env.CONCEPT_ID),
  data: { _status: 'published' },
  user: { ...admin, collection: 'users' },
  overrideAccess: false,
})
console.log('published')
clearInterval(keepAlive)
process.exit(0)

export {}
