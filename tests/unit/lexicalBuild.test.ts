// A process that imports the rich-text editor (and so Lexical) outside Next finishes loading
// when started with the environment our launchers give it. Without the condition, a bare
// import of it under Node 20 ended with exit code 13 in 8 runs of 10 on this machine.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { lexicalBuildFlag, withLexicalBuild } from '@/cli/lexicalBuild'
import { projectRoot } from '@/db/projectPaths'

const IMPORT_THE_EDITOR = "await import('@payloadcms/richtext-lexical'); console.log('loaded')"

function importTheEditor(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '--eval', IMPORT_THE_EDITOR], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, output }))
  })
}

describe("Lexical's build, named for child processes", () => {
  it('matches NODE_ENV: production in production, development otherwise', () => {
    expect(lexicalBuildFlag('production')).toBe('--conditions=production')
    expect(lexicalBuildFlag('test')).toBe('--conditions=development')
    expect(lexicalBuildFlag(undefined)).toBe('--conditions=development')
  })

  it('joins the NODE_OPTIONS already set, and leaves conditions someone named alone', () => {
    expect(withLexicalBuild({ NODE_OPTIONS: '--max-old-space-size=512', NODE_ENV: 'production' }).NODE_OPTIONS).toBe(
      '--max-old-space-size=512 --conditions=production',
    )
    expect(withLexicalBuild({ NODE_OPTIONS: '--conditions=custom', NODE_ENV: 'test' }).NODE_OPTIONS).toBe(
      '--conditions=custom',
    )
  })

  it('lets a process that imports the editor finish loading, run after run', async () => {
    const env = withLexicalBuild({ ...process.env, NODE_OPTIONS: '' })
    const runs = []
    for (let run = 0; run < 6; run += 1) runs.push(await importTheEditor(env))
    expect(runs).toEqual(Array.from({ length: 6 }, () => ({ code: 0, output: 'loaded\n' })))
  }, 60_000)
})
