// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { setCsrfToken } from '../../api/client';
import { fakeApi, json, meWith, type FakeCall } from '../../test/fakeApi';
import { crossOutcomes, LEADERS, programOutcomes } from './outcomesFixtures';

// jsdom has no canvas: Chart.js is replaced by a recorder of what each canvas was asked to draw.
type Drawn = {
  testId: string | undefined;
  type: string;
  labels: unknown;
  datasets: Array<{ label?: string; data: unknown[] }>;
};
const charts = vi.hoisted(() => [] as Drawn[]);
vi.mock('chart.js', () => {
  class Chart {
    static register() {}
    constructor(
      canvas: HTMLCanvasElement,
      config: { type: string; data: { labels?: unknown; datasets: Drawn['datasets'] } },
    ) {
      charts.push({
        testId: canvas.dataset.testid,
        type: config.type,
        labels: config.data.labels,
        datasets: config.data.datasets,
      });
    }
    destroy() {}
    resize() {}
  }
  const part = {};
  return {
    Chart,
    BarController: part,
    BarElement: part,
    CategoryScale: part,
    Filler: part,
    Legend: part,
    LinearScale: part,
    LineController: part,
    LineElement: part,
    PointElement: part,
    Tooltip: part,
  };
});

type Handler = (call: FakeCall) => { status: number; body?: unknown };

function renderAt(path: string, roles: string[], routes: Record<string, Handler>) {
  const api = fakeApi({
    'GET /api/auth/session': () => json(200, { user: meWith(roles), csrfToken: 'csrf-1' }),
    ...routes,
  });
  window.history.replaceState(null, '', path);
  render(<App />);
  return api;
}

const latest = (testId: string) => charts.filter((chart) => chart.testId === testId).at(-1);
const card = (figure: string) => within(screen.getByTestId(`outcomes-card-${figure}`));
const FIGURES = ['funnel', 'engagement', 'learning', 'satisfaction', 'retention', 'reach'];

beforeEach(() => {
  charts.length = 0;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('a program’s outcomes dashboard', () => {
  it('draws every figure as a chart, with its CSV link and the numbers behind it', async () => {
    renderAt('/programs/prog-1/outcomes', ['program_manager'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, programOutcomes('manager')),
      'GET /api/programs/prog-1/outcomes/leaders': () => json(200, LEADERS),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes: Digital fluency pilot' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Funnel',
      'Engagement',
      'Learning curve',
      'Satisfaction and morale',
      'Retention',
      'Reach',
      'Future leaders',
    ]);
    for (const figure of FIGURES) {
      const link = card(figure).getByRole('link', { name: /^Download CSV/ });
      expect(link.getAttribute('href')).toBe(`/api/programs/prog-1/outcomes/${figure}.csv`);
      expect(link.hasAttribute('download')).toBe(true);
      expect(card(figure).getByText('Numbers behind this chart')).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'Download all figures (CSV)' }).getAttribute('href')).toBe(
      '/api/programs/prog-1/outcomes.csv',
    );
    await waitFor(() =>
      expect(new Set(charts.map((c) => c.testId))).toEqual(
        new Set([
          'outcomes-chart-funnel',
          'outcomes-chart-engagement',
          'outcomes-chart-learning',
          'outcomes-chart-nps',
          'outcomes-chart-pulse',
          'outcomes-chart-end-of-cycle',
          'outcomes-chart-retention',
          'outcomes-chart-reach-share',
          'outcomes-chart-reach-gap',
        ]),
      ),
    );
    expect(screen.getByTestId('outcomes-chart-funnel').getAttribute('data-chart-ready')).toBe('true');
    // The funnel: horizontal bars labelled with the drop-off from the step before.
    expect(latest('outcomes-chart-funnel')?.labels).toEqual([
      'Invited',
      'Applied',
      'Approved',
      'Trained',
      'Matched',
      'Active',
      'Completed',
    ]);
    expect(screen.getByTestId('outcomes-chart-funnel').getAttribute('aria-label')).toContain(
      'Applied: 30 (10 dropped off, 75 % went on)',
    );
    expect(latest('outcomes-chart-funnel')?.datasets[0]?.data).toEqual([40, 30, 28, 26, 24, 22, null]);
    // Retention: a step line and its band (two bounds) per group that is large enough.
    expect(latest('outcomes-chart-retention')?.datasets.map((d) => d.label)).toEqual([
      'Junior participants lower (95 % interval)',
      'Junior participants (95 % interval)',
      'Junior participants',
      'Junior non-participants lower (95 % interval)',
      'Junior non-participants (95 % interval)',
      'Junior non-participants',
      'Senior participants lower (95 % interval)',
      'Senior participants (95 % interval)',
      'Senior participants',
    ]);
    expect(latest('outcomes-chart-retention')?.datasets[2]?.data[0]).toEqual({ x: 0, y: 1 });
    // The caveat sits next to the chart, visibly.
    expect(card('retention').getByText(/observational comparison, not proof of cause/)).toBeTruthy();
    expect(card('retention').getByText(/Participants chose to take part/)).toBeTruthy();
    // Satisfaction: comments without names; key numbers.
    expect(card('satisfaction').getByText('I finally understand our analytics tools.')).toBeTruthy();
    expect(card('engagement').getByText('9 days')).toBeTruthy();
    // The accessible name of a chart summarises it.
    expect(screen.getByRole('img', { name: /^Funnel\. Invited: 40; Applied: 30/ })).toBeTruthy();
    // Managers: the program's section links with Outcomes current, and the way back to the program.
    const tabs = screen.getByRole('navigation', { name: 'Program sections' });
    expect(within(tabs).getByRole('link', { name: 'Outcomes' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: /Digital fluency pilot/ }).getAttribute('href')).toBe('/programs/prog-1');
  });

  it('says when the figures were computed, and when they are being recomputed', async () => {
    renderAt('/programs/prog-1/outcomes', ['program_manager'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, { ...programOutcomes('manager'), refreshing: true }),
      'GET /api/programs/prog-1/outcomes/leaders': () => json(200, LEADERS),
    });
    const asOf = await screen.findByText(/^Figures as of/);
    expect(asOf.textContent).toContain('2026');
    expect(asOf.textContent).toContain('being recomputed');
  });

  it('draws a suppressed figure as a gap labelled “Fewer than 5 people”, never as zero', async () => {
    renderAt('/programs/prog-1/outcomes', ['program_manager'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, programOutcomes('manager')),
      'GET /api/programs/prog-1/outcomes/leaders': () => json(200, LEADERS),
    });
    await screen.findByTestId('outcomes-card-funnel');
    expect(card('funnel').getByText('Not shown: Completed.', { exact: false })).toBeTruthy();
    expect(card('funnel').getAllByText('Fewer than 5 people').length).toBeGreaterThan(0);
    expect(card('engagement').getByText(/Not shown: Mar 2027/)).toBeTruthy();
    // At-risk pairs is suppressed: the key number says so instead of a 0.
    const atRisk = card('engagement').getByText('Pairs at risk').closest('div');
    expect(atRisk?.textContent).toContain('Fewer than 5 people');
    expect(card('retention').getByText(/Not shown: Senior non-participants/)).toBeTruthy();
    expect(card('reach').getByText(/Not shown: across generations, 1 level, 3 levels/)).toBeTruthy();
    await waitFor(() => expect(latest('outcomes-chart-engagement')).toBeDefined());
    expect(latest('outcomes-chart-engagement')?.datasets.map((d) => d.data)).toEqual([
      [18, 21, null],
      [20, 22, null],
    ]);
    expect(latest('outcomes-chart-reach-gap')?.datasets[0]?.data).toEqual([null, 6, null]);
    expect(latest('outcomes-chart-reach-share')?.datasets[0]?.data).toEqual([8 / 11, null]);
    // Hidden groups are not in the table as numbers either.
    const table = card('retention').getByRole('table', { name: 'Still employed after 12 months' });
    expect(within(table).getByRole('row', { name: /Senior non-participants/ }).textContent).toContain(
      'Fewer than 5 people',
    );
  });

  it('shows the learning curve for both directions, by skill category, with the people behind each point', async () => {
    renderAt('/programs/prog-1/outcomes', ['org_admin'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, programOutcomes('admin')),
      'GET /api/programs/prog-1/outcomes/leaders': () => json(200, LEADERS),
    });
    await screen.findByTestId('outcomes-card-learning');
    await waitFor(() => expect(latest('outcomes-chart-learning')).toBeDefined());
    expect(latest('outcomes-chart-learning')?.datasets.map((d) => [d.label, d.data])).toEqual([
      ['What seniors learned from juniors', [1.8, 2.6, 3.4]],
      ['What juniors learned from seniors', [2.2, 2.7, null]],
    ]);
    const people = card('learning').getByRole('list', { name: 'People behind each point' });
    expect(people.textContent).toContain(
      'What seniors learned from juniors: Start 11 people · Midway 10 people · End 9 people',
    );
    expect(people.textContent).toContain('End Fewer than 5 people');

    fireEvent.change(card('learning').getByLabelText('Skill category'), { target: { value: 'Technology' } });
    await waitFor(() =>
      expect(latest('outcomes-chart-learning')?.datasets.map((d) => d.data)).toEqual([
        [1.5, null, 3.1],
        [null, null, null],
      ]),
    );
    expect(card('learning').getByRole('img').getAttribute('aria-label')).toContain('Learning curve, Technology');
  });

  it('lists future leaders alphabetically with their evidence, saying it is not a ranking', async () => {
    renderAt('/programs/prog-1/outcomes', ['program_manager'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, programOutcomes('manager')),
      'GET /api/programs/prog-1/outcomes/leaders': () => json(200, LEADERS),
    });
    const panel = within(await screen.findByTestId('outcomes-leaders'));
    await panel.findByRole('heading', { level: 3, name: 'Amir Haddad' });
    expect(panel.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Amir Haddad', 'Zoe Young']);
    expect(panel.getByText('This is not a ranking:')).toBeTruthy();
    expect(panel.getByText('12 of 12 promised meetings held.')).toBeTruthy();
    expect(panel.getByText(/Junior mentors who opted in: 7/)).toBeTruthy();
  });

  it('explains the opt-in when no future leader is listed', async () => {
    renderAt('/programs/prog-1/outcomes', ['program_manager'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, programOutcomes('manager')),
      'GET /api/programs/prog-1/outcomes/leaders': () =>
        json(200, { leaders: [], optedIn: { suppressed: true, people: null, value: null } }),
    });
    const panel = within(await screen.findByTestId('outcomes-leaders'));
    expect(await panel.findByText('No one to show yet.')).toBeTruthy();
    expect(panel.getByText(/turn on “Share my leadership signals” on their My programs page/)).toBeTruthy();
    expect(panel.getByText('Junior mentors who opted in: Fewer than 5 people.')).toBeTruthy();
  });

  it('shows a sponsor the dashboard without future leaders, program tabs or the managers-only program API', async () => {
    const { calls } = renderAt('/programs/prog-1/outcomes', ['sponsor'], {
      'GET /api/programs/prog-1/outcomes': () => json(200, programOutcomes('sponsor')),
      'GET /api/programs/prog-1/outcomes/leaders': () =>
        json(404, { error: { code: 'not_found', message: 'Program not found' } }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes: Digital fluency pilot' })).toBeTruthy();
    expect(screen.getByTestId('outcomes-card-reach')).toBeTruthy();
    expect(screen.queryByTestId('outcomes-leaders')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Future leaders' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Program sections' })).toBeNull();
    expect(screen.getByRole('link', { name: /All outcomes/ }).getAttribute('href')).toBe('/outcomes');
    // Sponsors read the program's reviews too: the way there.
    expect(screen.getByRole('link', { name: 'Management reviews of this program' }).getAttribute('href')).toBe('/programs/prog-1/reviews');
    const paths = calls.map((call) => call.url.pathname);
    expect(paths).not.toContain('/api/programs/prog-1');
    expect(paths).not.toContain('/api/programs/prog-1/outcomes/leaders');
  });

  it('says so when the program is not one the viewer may see', async () => {
    renderAt('/programs/prog-9/outcomes', ['sponsor'], {
      'GET /api/programs/prog-9/outcomes': () =>
        json(404, { error: { code: 'not_found', message: 'Program not found' } }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Program not found' })).toBeTruthy();
    expect(screen.queryByTestId('outcomes-card-funnel')).toBeNull();
  });
});

describe('outcomes across programs', () => {
  it('is a sponsor’s home, with an Outcomes nav item', async () => {
    renderAt('/', ['sponsor'], { 'GET /api/outcomes': () => json(200, crossOutcomes()) });
    await waitFor(() => expect(window.location.pathname).toBe('/outcomes'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcomes across programs' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['My programs', 'My match', 'My surveys', 'Outcomes']);
    expect(await screen.findByTestId('outcomes-card-funnel')).toBeTruthy();
  });

  it('filters programs with checkboxes (default all), and the CSV links follow the filter', async () => {
    const { calls } = renderAt('/outcomes', ['sponsor'], {
      'GET /api/outcomes': (call) => {
        const ids = call.url.searchParams.get('programIds');
        return json(200, crossOutcomes(ids === null ? undefined : [{ id: ids, name: 'Mutual exchange' }]));
      },
    });
    const filter = within(await screen.findByRole('group', { name: 'Programs' }));
    const boxes = filter.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => [box.nextSibling?.textContent, box.checked])).toEqual([
      ['Digital fluency pilot', true],
      ['Mutual exchange', true],
    ]);
    expect(
      card('funnel')
        .getByRole('link', { name: /Download CSV/ })
        .getAttribute('href'),
    ).toBe('/api/outcomes/funnel.csv');
    expect(screen.getByRole('link', { name: 'Download all figures (CSV)' }).getAttribute('href')).toBe(
      '/api/outcomes.csv',
    );

    fireEvent.click(filter.getByLabelText('Digital fluency pilot'));
    expect(window.location.search).toBe('?programIds=prog-2');
    await waitFor(() =>
      expect(
        calls.some(
          (call) => call.url.pathname === '/api/outcomes' && call.url.searchParams.get('programIds') === 'prog-2',
        ),
      ).toBe(true),
    );
    await waitFor(() =>
      expect(
        card('retention')
          .getByRole('link', { name: /Download CSV/ })
          .getAttribute('href'),
      ).toBe('/api/outcomes/retention.csv?programIds=prog-2'),
    );
    expect(screen.getByRole('link', { name: 'Download all figures (CSV)' }).getAttribute('href')).toBe(
      '/api/outcomes.csv?programIds=prog-2',
    );
    expect((filter.getByLabelText('Digital fluency pilot') as HTMLInputElement).checked).toBe(false);

    fireEvent.click(filter.getByLabelText('Mutual exchange'));
    expect(await screen.findByText('Choose at least one program to see its figures.')).toBeTruthy();
    expect(screen.queryByTestId('outcomes-card-funnel')).toBeNull();

    fireEvent.click(filter.getByLabelText('Digital fluency pilot'));
    fireEvent.click(filter.getByLabelText('Mutual exchange'));
    expect(window.location.search).toBe('');
    expect(await screen.findByTestId('outcomes-card-funnel')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Mutual exchange' }).getAttribute('href')).toBe(
      '/programs/prog-2/outcomes',
    );
  });

  it('explains an empty list', async () => {
    renderAt('/outcomes', ['sponsor'], { 'GET /api/outcomes': () => json(200, crossOutcomes([])) });
    expect(await screen.findByText('No programs to show yet.')).toBeTruthy();
    expect(screen.queryByTestId('outcomes-card-funnel')).toBeNull();
  });

  it('is closed to participants', async () => {
    renderAt('/outcomes', ['participant'], {});
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Outcomes across programs' })).toBeNull();
  });
});
