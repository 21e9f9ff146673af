// One fresh, migrated database for the integration run. Plain pg and a child
// process only: importing the Payload config here can end the run silently.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFreshDatabase, migrateDatabase } from '../helpers/freshDatabase'

export default async function setup() {
  const database = await createFreshDatabase('integration')
  await migrateDatabase(database)
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-media-'))
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-mail-'))
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = database.secret
  process.env.MEDIA_DIR = mediaDir
  process.env.MAIL_CAPTURE_DIR = mailDir
  process.env.SITE_URL = 'http://groundwork.test'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return async () => {
    await database.drop()
    for (const dir of [mediaDir, mailDir]) fs.rmSync(dir, { recursive: true, force: true })
  }
}
