// Lint rules, including the layer rules from docs/ARCHITECTURE.md: they are enforced here,
// not left to review.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const outsideCore = ['../app/*', '../../app/*', '../db/*', '../../db/*', '../server/*', '../../server/*', '../jobs/*', '../../jobs/*', '../cli/*', '../../cli/*', '../config/*', '../../config/*'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**', '.e2e-data/**', 'data/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // The domain core is pure: no I/O, no framework, nothing from the outer layers.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: outsideCore, message: 'src/core imports nothing outside src/core.' },
            { group: ['node:*', 'fs', 'path', 'crypto', 'http', 'pg', '@electric-sql/*', 'drizzle-orm*', 'fastify*', '@fastify/*', 'nodemailer', 'pino', 'zod'], message: 'src/core is pure: no I/O or framework.' },
          ],
        },
      ],
    },
  },
  {
    // Routes validate, authorize, call a use case and present: they never reach the database.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/db/*', 'drizzle-orm*', 'pg', '@electric-sql/*'], message: 'The server layer calls use cases in src/app; it never touches the database.' }] },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
