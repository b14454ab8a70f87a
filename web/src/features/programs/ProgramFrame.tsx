import type { ReactNode } from 'react';
import type { Program } from '../../api/programs';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import type { ApiState } from '../../hooks/useApi';
import { MODE_LABELS } from './labels';
import { programHref } from './paths';
import { ProgramTabs, SECTION_LABELS, type ProgramSection } from './ProgramTabs';
import '../../styles/programs.css';

interface ProgramFrameProps {
  programId: string;
  program: ApiState<Program>;
  section: ProgramSection;
  /** The page's own <h1> (default: the program's name on the overview, else the section). */
  title?: string;
  /** Rendered once the program has loaded. */
  children(program: Program): ReactNode;
}

/**
 * What every program page shares: the way back, the heading, the program's name and status, and
 * the section links. Each page loads the program itself (so its own data loads in parallel) and
 * hands the answer in here.
 */
export function ProgramFrame({ programId, program, section, title, children }: ProgramFrameProps) {
  const data = program.data?.id === programId ? program.data : undefined;
  const notFound = program.error?.status === 404;
  const overview = section === 'overview' && title === undefined;
  const heading = notFound ? 'Program not found' : overview ? (data?.name ?? 'Program') : (title ?? SECTION_LABELS[section]);
  const documentTitle = data !== undefined && !overview ? `${heading} · ${data.name}` : undefined;

  return (
    <section className="page program-page">
      <p className="breadcrumb">
        {data !== undefined && !overview ? (
          <Link href={programHref(programId)}>
            <span aria-hidden="true">← </span>
            {data.name}
          </Link>
        ) : (
          <Link href="/programs">
            <span aria-hidden="true">← </span>All programs
          </Link>
        )}
      </p>
      <PageHeading title={heading} documentTitle={documentTitle} />
      {data !== undefined && (
        <p className="program-header">
          <StatusBadge status={data.status} />
          <span>{MODE_LABELS[data.mode]}</span>
          <span>
            {formatDate(data.startDate)} – {formatDate(data.endDate)}
          </span>
        </p>
      )}
      {!notFound && <ProgramTabs programId={programId} current={section} />}
      {program.loading && data === undefined && <Loading />}
      {notFound ? (
        <p>There is no program with this id that you run. Program managers see only their own programs.</p>
      ) : (
        <ErrorBanner error={program.error} title="Could not load the program" />
      )}
      {data !== undefined && children(data)}
    </section>
  );
}
