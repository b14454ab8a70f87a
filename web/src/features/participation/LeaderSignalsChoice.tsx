import { useId, useState } from 'react';
import { api } from '../../api/client';
import { myLeaderSignalsApi, myLeaderSignalsChoiceApi, type MyLeaderSignals } from '../../api/outcomes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import '../../styles/outcomes.css';

/**
 * The junior mentor's opt-in to future-leader signals, per program. Off unless turned on. Shown
 * only to someone the server lists (the junior member of a started pair); otherwise nothing.
 */
export function LeaderSignalsChoice() {
  const headingId = useId();
  const loaded = useApi<MyLeaderSignals>(myLeaderSignalsApi);
  const [saved, setSaved] = useState<MyLeaderSignals | null>(null);
  const action = useAction();
  const items = (saved ?? loaded.data)?.items ?? [];
  // Not listed (or the list is unavailable): this is an extra, never in the way of the page.
  if (items.length === 0) return null;

  async function choose(programId: string, programName: string, optIn: boolean) {
    await action.run(
      async () =>
        setSaved(await api<MyLeaderSignals>(myLeaderSignalsChoiceApi(programId), { method: 'PUT', body: { optIn } })),
      optIn
        ? `You now share your leadership signals in ${programName}.`
        : `You no longer share your leadership signals in ${programName}.`,
    );
  }

  return (
    <section className="card stack leader-signals" aria-labelledby={headingId} data-testid="leader-signals-choice">
      <h2 id={headingId}>Share my leadership signals</h2>
      <p>
        As a junior mentor you can let the program’s managers see three signals about you, each with a sentence of
        evidence: your partner reported learning a lot, your shared goals were met, and your meetings were held as
        agreed.
      </p>
      <ul className="muted leader-signals-terms">
        <li>It is never a ranking: the managers see only people who opted in and show the signals, listed by name.</li>
        <li>Nothing private is shared: no notes, no survey answers, nothing your partner did not already share.</li>
        <li>Sponsors never see it. You can turn it off at any time.</li>
      </ul>
      {items.map((item) => (
        <label key={item.programId} className="checkbox">
          <input
            type="checkbox"
            checked={item.optedIn}
            disabled={action.busy}
            onChange={(event) => void choose(item.programId, item.programName, event.target.checked)}
          />
          <span>Share my leadership signals in {item.programName}</span>
        </label>
      ))}
      <ErrorBanner error={action.error} title="Could not save your choice" />
      <p role="status" className="inline-status">
        {action.notice ?? ''}
      </p>
    </section>
  );
}
