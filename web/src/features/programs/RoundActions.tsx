import type { Round } from '../../api/programs';

interface RoundActionsProps {
  round: Round;
  busy: boolean;
  onResolve(): void;
  onPublish(): void;
  onDiscard(): void;
}

/** What a manager can do with a proposal as a whole. Shown only while the round is 'proposed'. */
export function RoundActions({ round, busy, onResolve, onPublish, onDiscard }: RoundActionsProps) {
  return (
    <div className="toolbar round-actions">
      <button type="button" className="button-secondary" disabled={busy} onClick={onResolve}>
        Re-solve keeping my edits
      </button>
      <button type="button" disabled={busy || round.pairCount === 0} onClick={onPublish}>
        Publish
      </button>
      <button type="button" className="button-danger" disabled={busy} onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
