import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notFoundBody } from './errors.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const WEB_DIR = join(ROOT, 'dist', 'web');
const EXAMPLES_DIR = join(ROOT, 'examples');

/** The built single-page app, and index.html for any other GET so client-side routes reload. */
export async function registerWeb(app: FastifyInstance): Promise<void> {
  const built = existsSync(join(WEB_DIR, 'index.html'));
  // wildcard: files are looked up per request, so a rebuild is served without a restart.
  if (built) await app.register(fastifyStatic, { root: WEB_DIR, wildcard: true, index: 'index.html' });
  await app.register(fastifyStatic, { root: EXAMPLES_DIR, prefix: '/examples/', decorateReply: !built });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (req.method !== 'GET' || path.startsWith('/api/') || path === '/api') {
      return reply.code(404).send(notFoundBody(req));
    }
    if (!built) {
      return reply.code(404).type('text/plain').send('The web app is not built. Run: npm run build:web');
    }
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html', WEB_DIR);
  });
}
