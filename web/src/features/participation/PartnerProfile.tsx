import type { PartnerView } from '../../api/programs';
import { EmailText } from '../../components/EmailText';
import { levelLabel, priorityLabel } from './labels';

interface PartnerProfileProps {
  partner: PartnerView;
  /** The address is shared once both have accepted, not while the match is only offered. */
  showEmail: boolean;
}

/** What my partner told the program: who they are, what they know and want to learn. */
export function PartnerProfile({ partner, showEmail }: PartnerProfileProps) {
  const role = [partner.jobTitle, partner.department].filter(Boolean).join(' · ');
  return (
    <div className="partner">
      <p className="partner-name">{partner.name}</p>
      {role !== '' && <p className="muted">{role}</p>}
      {showEmail && partner.email !== null && (
        <p>
          <a href={`mailto:${partner.email}`}>
            <EmailText email={partner.email} />
          </a>
        </p>
      )}
      <dl className="details partner-details">
        <div className="details-row">
          <dt>Can teach</dt>
          <dd>
            {partner.knows.length === 0 ? (
              <span className="muted">Nothing listed</span>
            ) : (
              <ul className="plain-list">
                {partner.knows.map((skill) => (
                  <li key={skill.skillKey}>
                    {skill.label} <span className="muted">(level {levelLabel(skill.level)})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="details-row">
          <dt>Wants to learn</dt>
          <dd>
            {partner.wants.length === 0 ? (
              <span className="muted">Nothing listed</span>
            ) : (
              <ul className="plain-list">
                {partner.wants.map((skill) => (
                  <li key={skill.skillKey}>
                    {skill.label} <span className="muted">({priorityLabel(skill.priority).toLowerCase()})</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="details-row">
          <dt>Time zone</dt>
          <dd>{partner.timeZone ?? <span className="muted">Not given</span>}</dd>
        </div>
        <div className="details-row">
          <dt>Availability</dt>
          <dd className="pre-line">{partner.availability ?? <span className="muted">Not given</span>}</dd>
        </div>
      </dl>
    </div>
  );
}
