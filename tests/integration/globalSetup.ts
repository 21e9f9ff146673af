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
  process.env.DATABASE_URL = database.url
  process.env.PAYLOAD_SECRET = database.secret
  process.env.MEDIA_DIR = mediaDir
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return async () => {
    await database.drop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }
}
