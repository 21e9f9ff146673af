// ESLint: Next's core-web-vitals and TypeScript rules, no import cycles, and the content
// layer's boundary (pages and components read through src/content/cached.ts only).
// Formatting is Prettier's job (eslint-config-prettier turns the overlapping rules off).
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypeScript from 'eslint-config-next/typescript'
import prettier from 'eslint-config-prettier'

const readersOnlyThroughTheCache = {
  patterns: [
    {
      group: ['@/content/reads/*', '@/content/payloadClient'],
      allowTypeImports: true,
      message: 'Pages and components read through @/content/cached, which caches and tags every read.',
    },
  ],
}

const config = [
  {
    ignores: [
      '.next/**',
      '.next-test/**',
      '.data/**',
      'node_modules/**',
      'src/payload-types.ts',
      'src/migrations/**',
      'app/(payload)/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypeScript,
  prettier,
  {
    // Cycles are looked for in our own files: following imports into node_modules takes minutes.
    settings: { 'import/ignore': ['node_modules'] },
    rules: {
      'import/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A Pages Router rule: App Router layouts write their own <head>.
      '@next/next/no-head-element': 'off',
    },
  },
  {
    // Rich-text images are rendered from next/image's getImageProps: optimised, sized, lazy.
    files: ['src/components/RichText.tsx'],
    rules: { '@next/next/no-img-element': 'off' },
  },
  {
    // React hooks live in components and client modules; elsewhere "useCase…" is a use case.
    files: ['**/*.ts'],
    ignores: ['**/*.client.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Unit test files share one module graph and one process.env (vitest.config.ts); a value
    // written directly outlives its file, and replacing process.env hides vi.stubEnv's values.
    files: ['tests/unit/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression > MemberExpression.left[object.name="process"][property.name="env"]',
          message: 'Use vi.stubEnv, which vi.unstubAllEnvs undoes.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression.left[object.object.name="process"][object.property.name="env"]',
          message: 'Use vi.stubEnv, which vi.unstubAllEnvs undoes.',
        },
        {
          selector: 'UnaryExpression[operator="delete"] > MemberExpression[object.object.name="process"]',
          message: 'Use vi.stubEnv(name, undefined), which vi.unstubAllEnvs undoes.',
        },
      ],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', readersOnlyThroughTheCache] },
  },
]

export default config
