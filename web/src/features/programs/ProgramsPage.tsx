import { useId } from 'react';
import { withQuery } from '../../api/client';
import { PROGRAM_STATUSES, type ProgramStatus, type ProgramSummary } from '../../api/programs';
import type { Page } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/Field';
import { Link } from '../../components/Link';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate, plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation } from '../../router';
import { MODE_LABELS, PROGRAM_STATUS_LABELS } from './labels';
import { listHref, readChoice, readPage } from './listQuery';
import { programHref } from './paths';
import '../../styles/programs.css';

const PAGE_SIZE = 20;

/** /programs: the programs the user runs (all of them for an org admin), by status. */
export function ProgramsPage() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const status = readChoice<ProgramStatus>(params, 'status', PROGRAM_STATUSES);
  const page = readPage(params);
  const programs = useApi<Page<ProgramSummary>>(withQuery('/api/programs', { status, page, pageSize: PAGE_SIZE }));
  const go = (changes: { status?: ProgramStatus | ''; page?: number }) => navigate(listHref('/programs', { status, page: 1, ...changes }));
  const captionId = useId();
  const data = programs.data;

  return (
    <section className="page program-page">
      <div className="page-title-row">
        <PageHeading title="Programs" />
        <Link href="/programs/new" className="link-button">
          New program
        </Link>
      </div>
      <form className="filters filters-narrow" aria-label="Program filters" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Status" name="status" value={status} onChange={(event) => go({ status: event.target.value as ProgramStatus | '' })}>
          <option value="">Any status</option>
          {PROGRAM_STATUSES.map((item) => (
            <option key={item} value={item}>
              {PROGRAM_STATUS_LABELS[item]}
            </option>
          ))}
        </SelectField>
      </form>
      <ErrorBanner error={programs.error} title="Could not load the programs" />
      <p className="results-status" role="status">
        {programs.loading ? 'Loading…' : data ? (data.total === 0 ? '' : `${plural(data.total, 'program')}${status !== '' ? ` ${PROGRAM_STATUS_LABELS[status].toLowerCase()}` : ''}.`) : ''}
      </p>
      {data && data.items.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0} aria-busy={programs.loading || undefined}>
          <table className="table table-stack">
            <caption id={captionId} className="sr-only">
              Programs
            </caption>
            <thead>
              <tr>
                <th scope="col">Program</th>
                <th scope="col">Status</th>
                <th scope="col">Dates</th>
                <th scope="col">Managers</th>
                <th scope="col" className="numeric">
                  Invited
                </th>
                <th scope="col" className="numeric">
                  Applied
                </th>
                <th scope="col" className="numeric">
                  Approved
                </th>
                <th scope="col" className="numeric">
                  Trained
                </th>
                <th scope="col" className="numeric">
                  Active pairs
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((program) => (
                <tr key={program.id}>
                  <th scope="row" className="cell-name">
                    <Link href={programHref(program.id)}>{program.name}</Link>
                    <span className="cell-sub">{MODE_LABELS[program.mode]}</span>
                  </th>
                  <td data-label="Status">
                    <StatusBadge status={program.status} />
                  </td>
                  <td data-label="Dates" className="cell-wide">
                    <span className="nowrap">{formatDate(program.startDate)}</span> – <span className="nowrap">{formatDate(program.endDate)}</span>
                  </td>
                  <td data-label="Managers" className="cell-wide">{program.managers.length === 0 ? <span className="muted">None</span> : program.managers.map((manager) => manager.name).join(', ')}</td>
                  <td data-label="Invited" className="numeric">
                    {program.counts.invited}
                  </td>
                  <td data-label="Applied" className="numeric">
                    {program.counts.applied}
                  </td>
                  <td data-label="Approved" className="numeric">
                    {program.counts.approved}
                  </td>
                  <td data-label="Trained" className="numeric">
                    {program.counts.trained}
                  </td>
                  <td data-label="Active pairs" className="numeric">
                    {program.counts.activePairs}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.items.length === 0 && !programs.loading && (
        data.total > 0 ? (
          <EmptyState title="There is nothing on this page.">
            <button type="button" className="button-secondary" onClick={() => go({ page: 1 })}>
              Go to the first page
            </button>
          </EmptyState>
        ) : status !== '' ? (
          <EmptyState title={`No programs are ${PROGRAM_STATUS_LABELS[status].toLowerCase()}.`}>
            <button type="button" className="button-secondary" onClick={() => go({ status: '' })}>
              Show every program
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="No programs yet.">
            <p>Start with a pilot in one department, or a program across the organization.</p>
            <Link href="/programs/new">Create the first program</Link>
          </EmptyState>
        )
      )}
      {data && data.total > 0 && (
        <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun="programs" nounOne="program" disabled={programs.loading} onPage={(next) => go({ page: next })} />
      )}
    </section>
  );
}
