import { useState } from 'react';
import { api } from '../../api/client';
import {
  HEALTH_LABELS,
  healthText,
  meetingPath,
  meetingsPath,
  type LogInput,
  type Meeting,
  type Meetings,
  type PastMeetingInput,
  type ScheduleInput,
} from '../../api/meetings';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { useAction } from '../../hooks/useAction';
import { useApi } from '../../hooks/useApi';
import { MeetingForm } from './MeetingForm';
import { MeetingLogControl } from './MeetingLogControl';
import { DRIVEN_BY_LABELS } from './MeetingLogForm';
import { PastMeetingForm } from './PastMeetingForm';
import { browserTimeZone, formatMeetingTime } from './meetingTime';

/** What is open: the schedule or record-a-past-meeting form, or one meeting's reschedule, cancel or log form. */
type Open = { kind: 'schedule' | 'past' } | { kind: 'reschedule' | 'cancel' | 'log'; id: string } | null;

/** The pair's meetings: how the cadence is going, what is coming (with calendar files), and what to log. */
export function MeetingsSection({ pairId }: { pairId: string }) {
  const path = meetingsPath(pairId);
  const [version, setVersion] = useState(0);
  const data = useApi<Meetings>(path, { refreshKey: version });
  const [open, setOpen] = useState<Open>(null);
  const { busy, error, notice, setError, setNotice, run } = useAction({
    onDone: () => {
      setOpen(null);
      setVersion((v) => v + 1);
    },
  });
  const zone = browserTimeZone();
  const show = (next: Open) => {
    setError(undefined);
    setNotice(undefined);
    setOpen(next);
  };
  const isOpen = (kind: 'reschedule' | 'cancel' | 'log', m: Meeting) =>
    open !== null && open.kind === kind && open.id === m.id;

  const schedule = (input: ScheduleInput) =>
    run(
      () => api(path, { method: 'POST', body: input }),
      input.count > 1
        ? `${input.count} meetings scheduled. You both have the invitations by email.`
        : 'Meeting scheduled. You both have the invitation by email.',
    );
  const reschedule = (m: Meeting, input: ScheduleInput) =>
    run(
      () =>
        api(meetingPath(pairId, m.id), {
          method: 'PATCH',
          body: {
            startsAtLocal: input.startsAtLocal,
            timeZone: input.timeZone,
            minutes: input.minutes,
            place: input.place,
          },
        }),
      'Meeting moved. Your calendars will update it.',
    );
  const cancel = (m: Meeting, scope: 'one' | 'following') =>
    run(
      () => api(`${meetingPath(pairId, m.id)}/cancel`, { method: 'POST', body: { scope } }),
      scope === 'one' ? 'Meeting cancelled.' : 'Meetings cancelled.',
    );
  const recordPast = (input: PastMeetingInput) =>
    run(() => api(`${path}/past`, { method: 'POST', body: input }), 'Meeting recorded. It counts in your cadence.');
  const log = (m: Meeting, input: LogInput) =>
    run(() => api(`${meetingPath(pairId, m.id)}/log`, { method: 'POST', body: input }), 'Meeting logged.');

  const d = data.data;
  const live = d?.meetings.filter((m) => m.status === 'scheduled') ?? [];
  const upcoming = live.filter((m) => !m.started);
  const toLog = live.filter((m) => m.started && m.log === null);
  const logged = live.filter((m) => m.log !== null).reverse();
  const cancelled = d ? d.meetings.length - live.length : 0;
  const topicLabel = (key: string) => d?.topics.find((t) => t.key === key)?.label ?? key;
  const when = (m: Meeting) => `${formatMeetingTime(m.startsAt, zone)} (${zone}), ${m.minutes} min`;
  const logControl = (m: Meeting) => ({
    meeting: m,
    when: when(m),
    zone,
    open: isOpen('log', m),
    busy,
    error,
    onOpen: () => show({ kind: 'log', id: m.id }),
    onSave: (input: LogInput) => void log(m, input),
    onCancel: () => show(null),
  });

  return (
    <section className="workspace-section" id="meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Meetings</h2>
      <p className="lead">
        Plan your meetings, add them to your calendar, and log each one afterwards. The program manager sees only how
        many you held — never the topics or places.
      </p>
      <ErrorBanner error={data.error} title="Could not load the meetings" />
      {notice !== undefined && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {d === undefined && data.error === undefined && <Loading />}
      {d !== undefined && (
        <>
          <p className={`meetings-health meetings-health-${d.health.status}`}>
            <span className={`badge meetings-badge-${d.health.status}`}>{HEALTH_LABELS[d.health.status]}</span>{' '}
            {healthText(d.health)}. <span className="muted">You agreed to meet every {d.health.cadenceDays} days.</span>
          </p>

          <section className="meetings-group" aria-labelledby="meetings-upcoming-heading">
            <h3 id="meetings-upcoming-heading">Coming up</h3>
            {upcoming.length === 0 && <EmptyState title="No meeting planned." />}
            {upcoming.length > 0 && (
              <>
                <p>
                  <a href={`${path}.ics`} download>
                    Add to calendar (all upcoming)
                  </a>
                </p>
                <ul className="meetings-list">
                  {upcoming.map((m) => (
                    <li key={m.id} className="card meetings-item">
                      <p className="meetings-when">{when(m)}</p>
                      {m.place !== '' && <p className="meetings-place">{m.place}</p>}
                      <p className="meetings-actions">
                        <a
                          href={`${meetingPath(pairId, m.id)}/ics`}
                          download
                          aria-label={`Download the calendar file for ${formatMeetingTime(m.startsAt, zone)}`}
                        >
                          Download .ics
                        </a>
                        {m.canChange && (
                          <>
                            <button
                              type="button"
                              className="button-small button-secondary"
                              onClick={() => show({ kind: 'reschedule', id: m.id })}
                              disabled={busy}
                            >
                              Reschedule
                            </button>
                            <button
                              type="button"
                              className="button-small button-danger"
                              onClick={() => show({ kind: 'cancel', id: m.id })}
                              disabled={busy}
                            >
                              Cancel…
                            </button>
                          </>
                        )}
                      </p>
                      {isOpen('reschedule', m) && (
                        <MeetingForm
                          defaults={d.defaults}
                          meeting={m}
                          busy={busy}
                          error={error}
                          onSave={(input) => void reschedule(m, input)}
                          onCancel={() => show(null)}
                        />
                      )}
                      {isOpen('cancel', m) && (
                        <div className="meetings-cancel" role="group" aria-label="Cancel the meeting">
                          <p>Cancel this meeting? Both calendars will remove it.</p>
                          <ErrorBanner error={error} title="That did not work" />
                          <div className="form-actions">
                            <button
                              type="button"
                              className="button-danger"
                              onClick={() => void cancel(m, 'one')}
                              disabled={busy}
                            >
                              Cancel this meeting
                            </button>
                            {m.seriesId !== null && (
                              <button
                                type="button"
                                className="button-danger"
                                onClick={() => void cancel(m, 'following')}
                                disabled={busy}
                              >
                                Cancel this and the following
                              </button>
                            )}
                            <button
                              type="button"
                              className="button-secondary"
                              onClick={() => show(null)}
                              disabled={busy}
                            >
                              Keep it
                            </button>
                          </div>
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {d.pairActive && open?.kind !== 'schedule' && open?.kind !== 'past' && (
              <p className="meetings-start">
                <button type="button" onClick={() => show({ kind: 'schedule' })} disabled={busy}>
                  Schedule meetings
                </button>
                <button
                  type="button"
                  className="button-secondary"
                  onClick={() => show({ kind: 'past' })}
                  disabled={busy}
                >
                  Record a past meeting
                </button>
              </p>
            )}
            {open?.kind === 'past' && (
              <div className="card">
                <h4>Record a past meeting</h4>
                <PastMeetingForm
                  defaults={d.defaults}
                  topics={d.topics}
                  busy={busy}
                  error={error}
                  onSave={(input) => void recordPast(input)}
                  onCancel={() => show(null)}
                />
              </div>
            )}
            {open?.kind === 'schedule' && (
              <div className="card">
                <h4>Schedule meetings</h4>
                <MeetingForm
                  defaults={d.defaults}
                  busy={busy}
                  error={error}
                  onSave={(input) => void schedule(input)}
                  onCancel={() => show(null)}
                />
              </div>
            )}
          </section>

          {toLog.length > 0 && (
            <section className="meetings-group" aria-labelledby="meetings-tolog-heading">
              <h3 id="meetings-tolog-heading">Waiting for a log</h3>
              <ul className="meetings-list">
                {toLog.map((m) => (
                  <li key={m.id} className="card meetings-item">
                    <MeetingLogControl {...logControl(m)} topics={d.topics} mode="log" />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {logged.length > 0 && (
            <section className="meetings-group" aria-labelledby="meetings-past-heading">
              <h3 id="meetings-past-heading">Past meetings</h3>
              <ul className="meetings-list">
                {logged.map((m) => (
                  <li key={m.id} className="card meetings-item">
                    <MeetingLogControl {...logControl(m)} topics={d.topics} mode="change">
                      {m.log !== null && (
                        <p className="meetings-log">
                          {m.log.outcome === 'held' ? (
                            <>
                              Held, {m.log.heldMinutes} min
                              {m.log.drivenBy !== null && <> — {DRIVEN_BY_LABELS[m.log.drivenBy].toLowerCase()}</>}
                              {m.log.topics.length > 0 && (
                                <span className="cell-sub">Topics: {m.log.topics.map(topicLabel).join(', ')}</span>
                              )}
                            </>
                          ) : (
                            'It did not happen.'
                          )}
                        </p>
                      )}
                    </MeetingLogControl>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {cancelled > 0 && (
            <p className="muted">
              {cancelled === 1 ? '1 cancelled meeting is not shown.' : `${cancelled} cancelled meetings are not shown.`}
            </p>
          )}
        </>
      )}
    </section>
  );
}
