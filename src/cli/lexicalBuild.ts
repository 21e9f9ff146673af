// Lexical's packages, as Node resolves them by default, choose their development or production
// build with a top-level await of a dynamic import. Under Node 20 a graph of several such
// modules importing one another now and then never finishes loading, and the process ends
// with exit code 13 before its own code has run: 8 runs in 10 of a bare import of
// @payloadcms/richtext-lexical on this project's machine. Naming the build as a resolution
// condition makes Node load it directly. Every process that imports the Payload config outside
// Next needs it (Next bundles Lexical into its own server code).

/** The Node flag that loads Lexical's build for NODE_ENV directly. */
export function lexicalBuildFlag(nodeEnv = process.env.NODE_ENV): string {
  return `--conditions=${nodeEnv === 'production' ? 'production' : 'development'}`
}

/** A child process's environment, with that flag in NODE_OPTIONS unless conditions are already named. */
export function withLexicalBuild(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const options = env.NODE_OPTIONS ?? ''
  if (options.includes('--conditions')) return env
  return { ...env, NODE_OPTIONS: `${options} ${lexicalBuildFlag(env.NODE_ENV)}`.trim() }
}
