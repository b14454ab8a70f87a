import { useState } from 'react';
import type { Person } from '../../api/types';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../hooks/useApi';
import { useMe } from '../../session';
import { InviteForm } from '../invitations/InviteForm';
import { DirectReports, PersonDetails } from './PersonDetails';

/** /people/:personId — one person's record, reporting line and (for admins) an invite. */
export function PersonPage({ personId }: { personId: string }) {
  const me = useMe();
  const person = useApi<Person>(`/api/people/${encodeURIComponent(personId)}`);
  const [inviting, setInviting] = useState(false);
  const data = person.data;
  const notFound = person.error?.status === 404;
  const isAdmin = me.roles.includes('org_admin');

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link href="/people">
          <span aria-hidden="true">← </span>Back to the directory
        </Link>
      </p>
      <PageHeading title={data?.name ?? (notFound ? 'Person not found' : 'Person')} />
      {person.loading && !data && <Loading />}
      {notFound ? (
        <p>There is no one with this id in your organization&apos;s directory.</p>
      ) : (
        <ErrorBanner error={person.error} title="Could not load this person" />
      )}
      {data && (
        <>
          {data.jobTitle !== null && <p className="lead">{data.jobTitle}</p>}
          <div className="card">
            <PersonDetails person={data} />
          </div>
          {isAdmin && data.user === null && (
            <section className="card" aria-labelledby="invite-heading">
              <h2 id="invite-heading">User account</h2>
              <p>{data.name} cannot sign in to Tandem yet.</p>
              <button type="button" aria-expanded={inviting} aria-controls="invite-panel" onClick={() => setInviting(!inviting)}>
                Invite as user
              </button>
              <div id="invite-panel" hidden={!inviting}>
                {inviting && <InviteForm initialEmail={data.email} personId={data.id} personName={data.name} />}
              </div>
            </section>
          )}
          <section aria-labelledby="reports-heading">
            <h2 id="reports-heading">Direct reports ({data.directReports.length})</h2>
            <DirectReports reports={data.directReports} />
          </section>
        </>
      )}
    </section>
  );
}
