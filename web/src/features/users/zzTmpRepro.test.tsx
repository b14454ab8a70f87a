// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { fakeApi, json, meWith } from '../../test/fakeApi';

const session = () => json(200, { user: meWith(['org_admin']), csrfToken: 'csrf-1' });
beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => { cleanup(); vi.unstubAllGlobals(); });

describe('repro', () => {
  for (let i = 0; i < 150; i++) {
    it('signs out ' + i, async () => {
      // burn CPU in a busy render: slow down every render a bit
      const { calls } = fakeApi({
        'GET /api/auth/session': session,
        'GET /api/outbox': () => json(200, { items: [], page: 1, pageSize: 20, total: 0 }),
        'POST /api/auth/logout': () => json(204),
      });
      window.history.replaceState(null, '', '/outbox');
      render(<App />);
      await screen.findByText('No emails yet.');
      fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
      await screen.findByRole('button', { name: 'Sign in' });
      const order = calls.map((c) => `${c.method} ${c.url.pathname} ${c.headers['x-csrf-token'] ?? '-'}`).join(' | ');
      expect(order).toBe('GET /api/auth/session - | GET /api/outbox - | POST /api/auth/logout csrf-1');
    });
  }
});
