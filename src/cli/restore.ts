// `npm run restore <file>`: brings a backup made by `npm run backup` into an empty database
// (DATABASE_URL, or the embedded one) and its media files into the media folder.
import path from 'node:path'
import { mediaDirectory } from '@/backup/mediaFiles'
import { restoreBackup } from '@/backup/restoreBackup'
import { StartupError } from '@/db/environment'
import { runDatabaseTask } from './runDatabaseTask'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

runScript(async () => {
  const [file] = process.argv.slice(2)
  if (!file) throw new StartupError('Name the backup to restore: npm run restore <file>')
  await withEnvironment(async () => {
    const mediaDir = mediaDirectory()
    const restored = await restoreBackup({
      file: path.resolve(file),
      // withEnvironment has set DATABASE_URL, to the embedded database when none was given.
      databaseUrl: process.env.DATABASE_URL!,
      mediaDir,
      migrate: () => runDatabaseTask('migrate'),
    })
    console.log(
      `Restored the backup made ${restored.header.createdAt}: ${restored.rows} rows in ${restored.tables} tables, ` +
        `and ${restored.files} media files to ${mediaDir}`,
    )
  })
})
