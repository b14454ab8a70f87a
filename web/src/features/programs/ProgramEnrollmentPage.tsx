import { useCallback, useState } from 'react';
import { withQuery } from '../../api/client';
import type { Enrollment, EnrollmentStatus, Program } from '../../api/programs';
import type { Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { Pagination } from '../../components/Pagination';
import { plural, statusLabel } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import { DebouncedSearch } from '../../components/DebouncedSearch';
import { EnrollmentTable } from './EnrollmentTable';
import { InvitePanel } from './InvitePanel';
import { ENROLLMENT_STATUSES } from './labels';
import { listHref, readChoice, readPage } from './listQuery';
import { OverrideDialog } from './OverrideDialog';
import { programApi, programEnrollmentHref } from './paths';
import { ProgramFrame } from './ProgramFrame';

const PAGE_SIZE = 25;
const OPEN_FOR_INVITATIONS = new Set(['enrolling', 'matching', 'active']);

interface Query {
  status: EnrollmentStatus | '';
  q: string;
  page: number;
}

function parse(search: string): Query {
  const params = new URLSearchParams(search);
  return { status: readChoice(params, 'status', ENROLLMENT_STATUSES), q: params.get('q') ?? '', page: readPage(params) };
}

/** /programs/:programId/enrollment: who is in, their approvals, training and pairs; invitations. */
export function ProgramEnrollmentPage({ programId }: { programId: string }) {
  const { search } = useLocation();
  const query = parse(search);
  const [version, setVersion] = useState(0);
  const program = useApi<Program>(programApi(programId), { refreshKey: version });
  const enrollments = useApi<Page<Enrollment>>(withQuery(`${programApi(programId)}/enrollments`, { ...query, q: query.q.trim(), pageSize: PAGE_SIZE }), { refreshKey: version });
  const [overriding, setOverriding] = useState<Enrollment | null>(null);
  const [notice, setNotice] = useState('');

  const href = (next: Query) => listHref(programEnrollmentHref(programId), { status: next.status, q: next.q.trim(), page: next.page });
  const update = (changes: Partial<Query>) => navigate(href({ ...query, page: 1, ...changes }));
  const onSearch = useCallback(
    (text: string) => navigate(listHref(programEnrollmentHref(programId), { ...parse(window.location.search), q: text.trim(), page: 1 }), { replace: true }),
    [programId],
  );
  const refresh = () => setVersion((value) => value + 1);

  const data = enrollments.data;
  const filtered = query.status !== '' || query.q.trim() !== '';
  return (
    <ProgramFrame programId={programId} program={program} section="enrollment">
      {(current) => (
        <>
          <section className="card" aria-labelledby="invite-heading">
            <h2 id="invite-heading">Invite people</h2>
            {OPEN_FOR_INVITATIONS.has(current.status) ? (
              <>
                <p className="muted">Each person gets an invitation; when they apply, their manager is asked to approve.</p>
                <InvitePanel program={current} onInvited={refresh} />
              </>
            ) : (
              <p className="muted">
                {current.status === 'draft' ? 'Invitations can be sent once enrollment is open (see the Overview).' : 'The program is closed; no one can be invited.'}
              </p>
            )}
          </section>

          <section aria-labelledby="enrolled-heading" className="program-stack">
            <h2 id="enrolled-heading">Enrolled</h2>
            <form className="filters filters-two" role="search" aria-label="Enrollment filters" onSubmit={(event) => event.preventDefault()}>
              <div className="filters-search">
                <DebouncedSearch value={query.q} hint="Name or email" onCommit={onSearch} />
              </div>
              <SelectField label="Status" name="status" value={query.status} onChange={(event) => update({ status: event.target.value as Query['status'] })}>
                <option value="">Any status</option>
                {ENROLLMENT_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {statusLabel(status)}
                  </option>
                ))}
              </SelectField>
            </form>
            <p role="status" className="inline-status">
              {notice}
            </p>
            <ErrorBanner error={enrollments.error} title="Could not load the enrollments" />
            <p className="results-status" role="status">
              {enrollments.loading ? 'Loading…' : data !== undefined && data.total > 0 ? `${plural(data.total, 'person', 'people')}${filtered ? ' match' : ''}.` : ''}
            </p>
            {data !== undefined && data.items.length > 0 && (
              <EnrollmentTable
                enrollments={data.items}
                busy={enrollments.loading}
                onOverride={(enrollment) => {
                  setNotice('');
                  setOverriding(enrollment);
                }}
              />
            )}
            {data !== undefined && data.items.length === 0 && !enrollments.loading && (
              <EmptyState title={filtered ? 'No one matches these filters.' : 'No one is enrolled yet.'}>
                {filtered ? (
                  <button type="button" className="button-secondary" onClick={() => navigate(programEnrollmentHref(programId))}>
                    Clear filters
                  </button>
                ) : (
                  <p>Invite people above{current.selfEnrollment ? ', or wait for applications: people in scope may apply themselves' : ''}.</p>
                )}
              </EmptyState>
            )}
            {data !== undefined && data.total > 0 && (
              <Pagination page={query.page} pageSize={PAGE_SIZE} total={data.total} noun="people" nounOne="person" disabled={enrollments.loading} onPage={(page) => update({ page })} />
            )}
          </section>

          {overriding !== null && (
            <OverrideDialog
              enrollment={overriding}
              onCancel={() => setOverriding(null)}
              onDone={(decision) => {
                setNotice(`${overriding.person.name}: ${decision === 'approved' ? 'approved' : 'declined'}; your reason is recorded.`);
                setOverriding(null);
                refresh();
              }}
            />
          )}
        </>
      )}
    </ProgramFrame>
  );
}
