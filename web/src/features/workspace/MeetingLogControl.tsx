import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import type { LogInput, Meeting } from '../../api/meetings';
import { MeetingLogForm } from './MeetingLogForm';
import { formatMeetingTime } from './meetingTime';

interface MeetingLogControlProps {
  meeting: Meeting;
  /** The meeting's time line, as the section shows it. */
  when: string;
  zone: string;
  topics: ReadonlyArray<{ key: string; label: string }>;
  /** 'log' for a meeting waiting for its log, 'change' for one already logged. */
  mode: 'log' | 'change';
  /** Whether this meeting's log form is open. */
  open: boolean;
  busy: boolean;
  error: ApiError | undefined;
  onOpen(): void;
  onSave(input: LogInput): void;
  onCancel(): void;
  /** Shown between the time and the form or button (the log so far). */
  children?: ReactNode;
}

/** A started meeting in a list: when it was, then its log form when open, else the button that opens it. */
export function MeetingLogControl({
  meeting,
  when,
  zone,
  topics,
  mode,
  open,
  busy,
  error,
  onOpen,
  onSave,
  onCancel,
  children,
}: MeetingLogControlProps) {
  const time = formatMeetingTime(meeting.startsAt, zone);
  return (
    <>
      <p className="meetings-when">{when}</p>
      {children}
      {open ? (
        <MeetingLogForm
          meeting={meeting}
          topics={topics}
          busy={busy}
          error={error}
          onSave={onSave}
          onCancel={onCancel}
        />
      ) : (
        meeting.canLog && (
          <button
            type="button"
            className={mode === 'log' ? 'button-small' : 'button-small button-secondary'}
            onClick={onOpen}
            disabled={busy}
            aria-label={mode === 'log' ? `Log the meeting of ${time}` : `Change the log of ${time}`}
          >
            {mode === 'log' ? 'Log this meeting' : 'Change the log'}
          </button>
        )
      )}
    </>
  );
}
