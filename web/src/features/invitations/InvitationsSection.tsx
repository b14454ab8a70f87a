import { useState } from 'react';
import { api, toApiError, withQuery, type ApiError } from '../../api/client';
import type { Invitation, Page } from '../../api/types';
import { EmailText } from '../../components/EmailText';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Pagination } from '../../components/Pagination';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime, rolesText } from '../../format';
import { useApi } from '../../hooks/useApi';

const PAGE_SIZE = 10;

/** Sent invitations, with Revoke for pending ones. `version` changes when a new one is sent. */
export function InvitationsSection({ version }: { version: number }) {
  const [page, setPage] = useState(1);
  const invitations = useApi<Page<Invitation>>(withQuery('/api/invitations', { page, pageSize: PAGE_SIZE }), { refreshKey: version });
  const [revoking, setRevoking] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');

  async function revoke(invitation: Invitation) {
    setRevoking(invitation.id);
    setError(undefined);
    setNotice('');
    try {
      await api<Invitation>(`/api/invitations/${encodeURIComponent(invitation.id)}/revoke`, { method: 'POST', body: {} });
      setNotice(`The invitation for ${invitation.email} was revoked.`);
      invitations.reload();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setRevoking(null);
    }
  }

  const data = invitations.data;
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <ErrorBanner error={invitations.error} title="Could not load invitations" />
      <ErrorBanner error={error} title="Could not revoke the invitation" />
      <p role="status" className="inline-status">
        {notice}
      </p>
      {data && data.items.length === 0 && <p className="muted">No invitations sent yet.</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="invitations-heading" tabIndex={0} aria-busy={invitations.loading || undefined}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Roles</th>
                <th scope="col">Status</th>
                <th scope="col">Sent</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">
                    <EmailText email={invitation.email} />
                  </th>
                  <td>{rolesText(invitation.roles)}</td>
                  <td>
                    <StatusBadge status={invitation.status} />
                  </td>
                  <td>{formatDateTime(invitation.createdAt)}</td>
                  <td>{formatDateTime(invitation.expiresAt)}</td>
                  <td>
                    {invitation.status === 'pending' && (
                      <button
                        type="button"
                        className="button-small button-danger"
                        disabled={revoking !== null}
                        onClick={() => revoke(invitation)}
                        aria-label={`Revoke the invitation for ${invitation.email}`}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total > 0 && (
        <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun="invitations" nounOne="invitation" disabled={invitations.loading} onPage={setPage} />
      )}
    </section>
  );
}
