// The uploaded files a backup carries: every file under the media collection's folder.
import fs from 'node:fs'
import path from 'node:path'
import { Media } from '../../collections/Media'

/** The folder the media collection stores uploads in (MEDIA_DIR, or .data/media). */
export function mediaDirectory(): string {
  const { upload } = Media
  if (typeof upload !== 'object' || !upload.staticDir) throw new Error('The media collection stores no files.')
  return path.resolve(upload.staticDir)
}

/** Every file under the folder, as a path inside it with `/` between folders; none when it is missing. */
export async function listMediaFiles(directory: string): Promise<string[]> {
  if (!fs.existsSync(directory)) return []
  const entries = await fs.promises.readdir(directory, { recursive: true })
  const files: string[] = []
  for (const entry of entries.sort()) {
    if ((await fs.promises.stat(path.join(directory, entry))).isFile()) files.push(entry.split(path.sep).join('/'))
  }
  return files
}

/** A path from a backup that stays inside the media folder wherever it is restored. */
export function isSafeMediaPath(mediaPath: string): boolean {
  const parts = mediaPath.split('/')
  return (
    !path.isAbsolute(mediaPath) &&
    !mediaPath.includes('\\') &&
    parts.every((part) => part !== '' && part !== '.' && part !== '..')
  )
}

export async function writeMediaFile(directory: string, mediaPath: string, data: Buffer): Promise<void> {
  const target = path.join(directory, ...mediaPath.split('/'))
  await fs.promises.mkdir(path.dirname(target), { recursive: true })
  await fs.promises.writeFile(target, data)
}
