// `npm run backup [file]`: writes the database and the media files to one file, by default
// backups/groundwork-<date and time>.backup (see src/backup/backupFormat.ts).
import path from 'node:path'
import { mediaDirectory } from '@/backup/mediaFiles'
import { writeBackup } from '@/backup/writeBackup'
import { projectRoot } from '@/db/projectPaths'
import { runScript } from './runScript'
import { withEnvironment } from './withEnvironment'

function defaultBackupFile(): string {
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '-')
  return path.join(projectRoot, 'backups', `groundwork-${stamp}.backup`)
}

runScript(() =>
  withEnvironment(async () => {
    const file = path.resolve(process.argv[2] ?? defaultBackupFile())
    // withEnvironment has set DATABASE_URL, to the embedded database when none was given.
    const backup = await writeBackup({ databaseUrl: process.env.DATABASE_URL!, mediaDir: mediaDirectory(), file })
    const where = path.relative(process.cwd(), file)
    console.log(
      `Backed up ${backup.rows} rows from ${backup.tables} tables and ${backup.files} media files to ${where}`,
    )
  }),
)
