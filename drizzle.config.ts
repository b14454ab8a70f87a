import { defineConfig } from 'drizzle-kit';

// drizzle-kit only writes SQL from src/db/schema.ts; src/db/migrate.ts applies it.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
