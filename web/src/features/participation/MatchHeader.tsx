import type { MyMatch } from '../../api/programs';
import { MODE_LABELS, MUTUAL_SIDE_NOTE, SIDE_NAMES } from './labels';

/** The program and my side, at the top of a match card. */
export function MatchHeader({ match, headingId }: { match: MyMatch; headingId: string }) {
  return (
    <>
      <h3 id={headingId}>
        {match.partner.name} <span className="muted">· {match.program.name}</span>
      </h3>
      <p className="muted">
        {MODE_LABELS[match.program.mode]} · You are the {SIDE_NAMES[match.mySide].toLowerCase()}; {match.partner.name}{' '}
        is the {SIDE_NAMES[match.mySide === 'mentor' ? 'mentee' : 'mentor'].toLowerCase()}.
      </p>
      {match.program.mode === 'mutual' && <p className="field-hint">{MUTUAL_SIDE_NOTE}</p>}
    </>
  );
}
