import { useState } from 'react';
import { withQuery } from '../../api/client';
import type { Page, UserSummary } from '../../api/types';
import { EmailText } from '../../components/EmailText';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Pagination } from '../../components/Pagination';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { RolesEditor } from './RolesEditor';

const PAGE_SIZE = 25;

/** The organization's user accounts with a roles editor per user. */
export function UsersSection() {
  const [page, setPage] = useState(1);
  const users = useApi<Page<UserSummary>>(withQuery('/api/users', { page, pageSize: PAGE_SIZE }));
  const data = users.data;
  return (
    <section className="card" aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <ErrorBanner error={users.error} title="Could not load users" />
      {data && data.items.length === 0 && <p className="muted">No users yet.</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="users-heading" tabIndex={0} aria-busy={users.loading || undefined}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Roles</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className="cell-name">
                    {user.personId !== null ? <Link href={`/people/${encodeURIComponent(user.personId)}`}>{user.name}</Link> : user.name}
                    <span className="cell-sub">
                      <EmailText email={user.email} />
                    </span>
                  </th>
                  <td>
                    <StatusBadge status={user.status} />
                  </td>
                  <td>{user.lastLoginAt === null ? <span className="muted">Never</span> : formatDateTime(user.lastLoginAt)}</td>
                  <td>
                    <RolesEditor key={user.roles.join(',')} user={user} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total > 0 && <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun="users" nounOne="user" disabled={users.loading} onPage={setPage} />}
    </section>
  );
}
