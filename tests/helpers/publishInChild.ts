// Run by the crash-safety test in a process of its own, so the test can kill it (SIGKILL)
// while the publish is under way: publishes concept CONCEPT_ID as the admin ADMIN_ID.
import config from '@payload-config'
import { getPayload } from 'payload'

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
process.exit(0)
