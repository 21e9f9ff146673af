// Run by the newsletter sending tests in a process of their own, as a second server's job
// runner would: runs the queued send job JOB_ID, so a test can send beside it or kill it
// (SIGKILL) mid-send.
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config })
console.log('sending')
await payload.jobs.runByID({ id: Number(process.env.JOB_ID) })
console.log('sent')
process.exit(0)
