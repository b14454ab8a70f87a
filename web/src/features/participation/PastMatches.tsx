import type { MyMatch } from '../../api/programs';

const ENDINGS: Partial<Record<MyMatch['status'], string>> = {
  declined: 'Declined',
  expired: 'Expired — not answered in time',
  ended: 'Ended',
};

/** Pairs that are over (declined, expired, ended), one line each. */
export function PastMatches({ matches }: { matches: MyMatch[] }) {
  return (
    <ul className="past-list">
      {matches.map((match) => (
        <li key={match.pairId}>
          <strong>{match.partner.name}</strong> <span className="muted">· {match.program.name}</span>{' '}
          <span className={`badge badge-${match.status}`}>{ENDINGS[match.status] ?? match.status}</span>
        </li>
      ))}
    </ul>
  );
}
