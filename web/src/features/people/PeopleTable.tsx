import { useId } from 'react';
import type { PersonSummary } from '../../api/types';
import { EmailText } from '../../components/EmailText';
import { Link } from '../../components/Link';
import { StatusBadge } from '../../components/StatusBadge';

/** The directory results: one row per person, the name links to the person page. */
export function PeopleTable({ people, busy }: { people: PersonSummary[]; busy: boolean }) {
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={busy || undefined}>
      <table className="table">
        <caption id={captionId} className="sr-only">
          Directory results
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Employee ID</th>
            <th scope="col">Job title</th>
            <th scope="col">Department</th>
            <th scope="col" className="numeric">
              Level
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row" className="cell-name">
                <Link href={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link>
                <span className="cell-sub">
                  <EmailText email={person.email} />
                </span>
              </th>
              <td className="mono">{person.employeeId}</td>
              <td>{person.jobTitle ?? <span className="muted">—</span>}</td>
              <td>{person.department}</td>
              <td className="numeric">{person.level}</td>
              <td>
                <StatusBadge status={person.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
