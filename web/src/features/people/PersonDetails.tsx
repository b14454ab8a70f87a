import type { ReactNode } from 'react';
import type { Person } from '../../api/types';
import { Link } from '../../components/Link';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, rolesText } from '../../format';

const GENERATION_LABELS: Record<string, string> = {
  silent: 'Silent generation',
  boomer: 'Baby boomer',
  gen_x: 'Generation X',
  millennial: 'Millennial',
  gen_z: 'Generation Z',
  gen_alpha: 'Generation Alpha',
};

/** Every field of a person as a definition list. */
export function PersonDetails({ person }: { person: Person }) {
  const rows: Array<[string, ReactNode]> = [
    ['Employee ID', <span className="mono">{person.employeeId}</span>],
    ['Email', <a href={`mailto:${person.email}`}>{person.email}</a>],
    ['Job title', person.jobTitle],
    ['Department', person.department],
    ['Level', person.level],
    ['Status', <StatusBadge status={person.status} />],
    ['Manager', person.manager && <Link href={`/people/${encodeURIComponent(person.manager.id)}`}>{person.manager.name}</Link>],
    ['Location', person.location],
    ['Time zone', person.timeZone],
    ['Hire date', person.hireDate && formatDate(person.hireDate)],
    ['Termination date', person.terminationDate && formatDate(person.terminationDate)],
    ['Generation band', person.generationBand && (GENERATION_LABELS[person.generationBand] ?? person.generationBand)],
    ['User account', person.user ? `Yes — ${rolesText(person.user.roles)}` : 'No user account'],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term} className="details-row">
          <dt>{term}</dt>
          <dd>{value === null || value === undefined || value === '' ? <span className="muted">Not set</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Links to the people who report to this person. */
export function DirectReports({ reports }: { reports: Person['directReports'] }) {
  if (reports.length === 0) return <p className="muted">No direct reports.</p>;
  return (
    <ul className="link-list">
      {reports.map((report) => (
        <li key={report.id}>
          <Link href={`/people/${encodeURIComponent(report.id)}`}>{report.name}</Link>
          <span className="muted">
            {' '}
            · {report.jobTitle ?? 'No job title'} · <span className="mono">{report.employeeId}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
