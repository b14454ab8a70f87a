// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken, setUnauthorizedHandler } from '../../api/client';
import type { AppNotification, NotificationsPage } from '../../api/programs';
import type { Me } from '../../api/types';
import { SessionContext } from '../../session';
import { fakeApi, json, lastCallTo, meWith } from '../../test/fakeApi';
import { NotificationBell } from './NotificationBell';
import { announceNotificationsChanged } from './notificationEvents';

const participant = () => json(200, { user: meWith(['participant']), csrfToken: 'csrf-1' });
const MATCHED: AppNotification = {
  id: 'n-1',
  kind: 'match_offered',
  title: 'You have a match',
  body: 'Meet Maria Senior. Respond by 1 February.',
  link: '/my/matches',
  createdAt: '2030-01-20T09:00:00.000Z',
  readAt: null,
};
const APPROVED: AppNotification = {
  ...MATCHED,
  id: 'n-2',
  kind: 'approved',
  title: 'Your place is approved',
  body: '',
  link: null,
};
const OLD: AppNotification = {
  ...MATCHED,
  id: 'n-3',
  title: 'Welcome to Tandem',
  link: 'https://elsewhere.example/',
  readAt: '2030-01-02T09:00:00.000Z',
};

function page(items: AppNotification[]): NotificationsPage {
  return {
    items,
    page: 1,
    pageSize: 20,
    total: items.length,
    unread: items.filter((item) => item.readAt === null).length,
  };
}

beforeEach(() => window.history.replaceState(null, '', '/notifications'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('notifications', () => {
  it('highlights unread ones, marks all read, and marks one read when its link opens', async () => {
    let items = [MATCHED, APPROVED, OLD];
    const { calls } = fakeApi({
      'GET /api/auth/session': participant,
      'GET /api/notifications': () => json(200, page(items)),
      'POST /api/notifications/read': (call) => {
        const body = call.body as { ids?: string[]; all?: boolean };
        items = items.map((item) =>
          body.all || body.ids?.includes(item.id) ? { ...item, readAt: '2030-01-21T09:00:00.000Z' } : item,
        );
        return json(204);
      },
      'GET /api/me/matches': () => json(200, []),
    });
    render(<App />);
    const list = await screen.findByRole('list', { name: 'Your notifications' });
    const [first, second, third] = within(list).getAllByRole('listitem');
    expect(first?.className).toContain('notification-unread');
    expect(within(first!).getByText('New')).toBeTruthy();
    expect(second?.className).toContain('notification-unread');
    expect(third?.className).not.toContain('notification-unread');
    // Only in-app paths become links.
    expect(within(third!).queryByRole('link')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('2 unread notifications.');
    expect(lastCallTo(calls, 'GET /api/notifications')?.url.searchParams.get('page')).toBe('1');

    fireEvent.click(within(second!).getByRole('button', { name: 'Mark as read: Your place is approved' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 unread notification.'));
    expect(lastCallTo(calls, 'POST /api/notifications/read')?.body).toEqual({ ids: ['n-2'] });

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Nothing unread.'));
    expect(lastCallTo(calls, 'POST /api/notifications/read')?.body).toEqual({ all: true });
    expect((screen.getByRole('button', { name: 'Mark all as read' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opening an unread link marks it read and goes there', async () => {
    const { calls } = fakeApi({
      'GET /api/auth/session': participant,
      'GET /api/notifications': () => json(200, page([MATCHED])),
      'POST /api/notifications/read': () => json(204),
      'GET /api/me/matches': () => json(200, []),
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('link', { name: /You have a match/ }));
    expect(window.location.pathname).toBe('/my/matches');
    await waitFor(() => expect(lastCallTo(calls, 'POST /api/notifications/read')?.body).toEqual({ ids: ['n-1'] }));
  });

  it('has an empty state', async () => {
    fakeApi({ 'GET /api/auth/session': participant, 'GET /api/notifications': () => json(200, page([])) });
    render(<App />);
    expect(await screen.findByText('No notifications yet.')).toBeTruthy();
  });
});

describe('notification bell', () => {
  const session = { me: meWith(['participant']) as Me, startSession: () => undefined, endSession: () => undefined };

  it('shows the unread count, polls, recounts after marking read and ignores errors', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let unread = 3;
    let fail = false;
    const unauthorized = vi.fn();
    const { calls } = fakeApi({
      'GET /api/notifications': () =>
        fail
          ? json(401, { error: { code: 'unauthenticated', message: 'Sign in' } })
          : json(200, { items: [], page: 1, pageSize: 1, total: 5, unread }),
      'POST /api/notifications/read': () => json(204),
    });
    setUnauthorizedHandler(unauthorized);
    render(
      <SessionContext.Provider value={session}>
        <NotificationBell />
      </SessionContext.Provider>,
    );
    const link = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(link.getAttribute('href')).toBe('/notifications');
    expect(link.textContent).toBe('3');
    expect(calls[0]?.url.search).toBe('?pageSize=1');

    unread = 0;
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    await screen.findByRole('link', { name: 'Notifications' });

    // A failing poll keeps the last count and never triggers the sign-in redirect.
    unread = 120;
    fail = true;
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    await waitFor(() => expect(calls.length).toBe(3));
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(unauthorized).not.toHaveBeenCalled();

    fail = false;
    act(() => announceNotificationsChanged());
    expect((await screen.findByRole('link', { name: 'Notifications, 120 unread' })).textContent).toBe('99+');
  });
});
