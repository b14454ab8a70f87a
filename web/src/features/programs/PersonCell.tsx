import type { PersonBrief } from '../../api/programs';
import { EmailText } from '../../components/EmailText';
import { Link } from '../../components/Link';

/** A person in a table: name (to the directory page), email, department and level. */
export function PersonCell({ person, link = true }: { person: PersonBrief; link?: boolean }) {
  return (
    <>
      {link ? <Link href={`/people/${encodeURIComponent(person.id)}`}>{person.name}</Link> : <span className="person-name">{person.name}</span>}
      <span className="cell-sub">
        <EmailText email={person.email} />
      </span>
      <span className="cell-sub">
        {person.jobTitle !== null ? `${person.jobTitle}, ` : ''}
        {person.department} · level {person.level}
      </span>
    </>
  );
}
