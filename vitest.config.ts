import { defineConfig } from 'vitest/config'
import { lexicalBuildFlag } from './src/cli/lexicalBuild.ts'

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Files in a worker share their modules and process.env (a third of the time otherwise
          // goes to importing them again), so environment variables change only through
          // vi.stubEnv (eslint.config.mjs), undone after every test.
          isolate: false,
          unstubEnvs: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/globalSetup.ts'],
          // The job runner (scheduled publishing) checks its queue every second in tests.
          env: { JOBS_CRON: '* * * * * *' },
          fileParallelism: false,
          // One module graph for the whole run: each file would otherwise load Payload and the
          // app's routes again (about a minute in all). Files still run one after another.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The workers import the Payload config, and with it Lexical (src/cli/lexicalBuild.ts).
          execArgv: [lexicalBuildFlag('test')],
        },
      },
    ],
  },
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: new URL('./src/$1', import.meta.url).pathname },
      { find: '@payload-config', replacement: new URL('./payload.config.ts', import.meta.url).pathname },
      // Payload loads graphql's CommonJS entry (as Next does, where graphql is external); Vite
      // would pick its ES module entry, and graphql refuses types from the other copy.
      { find: /^graphql$/, replacement: new URL('./node_modules/graphql/index.js', import.meta.url).pathname },
    ],
  },
})
