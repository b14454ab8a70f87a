import type { AgreementSections } from '../../api/programs';
import { formatDate } from '../../format';
import { cadenceText } from '../participation/labels';

/** The agreement as the two of them read it. */
export function AgreementText({ sections: s }: { sections: AgreementSections }) {
  const list = (items: string[]) => (items.length === 0 ? <span className="muted">None listed</span> : <ul>{items.map((t) => <li key={t}>{t}</li>)}</ul>);
  return (
    <dl className="details agreement-text">
      <div className="details-row">
        <dt>Meetings</dt>
        <dd>
          {s.meetingMinutes} minutes, {cadenceText(s.cadenceDays)}
          {s.channel !== '' && <>; {s.channel}</>}
        </dd>
      </div>
      <div className="details-row">
        <dt>Topics</dt>
        <dd>{list(s.topics)}</dd>
      </div>
      <div className="details-row">
        <dt>Off limits</dt>
        <dd>{list(s.offLimits)}</dd>
      </div>
      <div className="details-row">
        <dt>Confidentiality</dt>
        <dd className="prose">{s.confidentiality}</dd>
      </div>
      <div className="details-row">
        <dt>Concerns and ending</dt>
        <dd className="prose">{s.concernsAndEnding}</dd>
      </div>
      <div className="details-row">
        <dt>Duration</dt>
        <dd>
          Until {formatDate(s.endDate)}; review together on {formatDate(s.reviewDate)}
        </dd>
      </div>
    </dl>
  );
}
