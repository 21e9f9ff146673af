// Startup refuses to run with an external database and no secret, saying why.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '@/db/projectPaths'

describe('starting with DATABASE_URL', () => {
  it('fails with a clear message when PAYLOAD_SECRET is missing', () => {
    const env = { ...process.env }
    delete env.PAYLOAD_SECRET
    const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/migrate.ts'], {
      cwd: projectRoot,
      env,
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })
})
