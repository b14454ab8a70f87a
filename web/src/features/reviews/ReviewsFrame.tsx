import type { ReactNode } from 'react';
import { Link } from '../../components/Link';
import { PageHeading } from '../../components/PageHeading';
import { programHref } from '../programs/paths';
import { ProgramTabs } from '../programs/ProgramTabs';
import { outcomesHref } from '../outcomes/paths';
import type { ReviewViewer } from '../../api/reviews';
import '../../styles/programs.css';
import '../../styles/reviews.css';
import '../../styles/print.css';

interface ReviewsFrameProps {
  programId: string | undefined;
  programName: string | undefined;
  viewer: ReviewViewer | undefined;
  title: string;
  /** The way back when it is not the program (the review page leads back to the list). */
  back?: { href: string; label: string };
  children: ReactNode;
}

/**
 * The frame of the review pages. Sponsors open them too, so the heading comes from the reviews
 * answer (never the managers-only program API) and the program's section links show only to
 * those who run it.
 */
export function ReviewsFrame({ programId, programName, viewer, title, back, children }: ReviewsFrameProps) {
  const runs = viewer !== undefined && viewer !== 'sponsor';
  const fallback =
    back ??
    (runs && programId !== undefined && programName !== undefined
      ? { href: programHref(programId), label: programName }
      : { href: outcomesHref, label: 'All outcomes' });
  return (
    <section className="page reviews-page">
      <p className="breadcrumb no-print">
        <Link href={fallback.href}>
          <span aria-hidden="true">← </span>
          {fallback.label}
        </Link>
      </p>
      <PageHeading title={title} />
      {runs && programId !== undefined && (
        <div className="no-print">
          <ProgramTabs programId={programId} current="reviews" />
        </div>
      )}
      {children}
    </section>
  );
}
