import { Link } from '../../components/Link';
import { programEnrollmentHref, programHref, programPairsHref, programRoundsHref, programTrainingHref } from './paths';
import { programConcernsHref, programPulseHref } from '../safeguards/paths';
import { programOutcomesHref } from '../outcomes/paths';
import { programReviewsHref } from '../reviews/paths';
import { programSurveysHref } from '../surveys/paths';

export type ProgramSection =
  'overview' | 'enrollment' | 'training' | 'rounds' | 'pairs' | 'pulse' | 'concerns' | 'surveys' | 'outcomes' | 'reviews';

export const SECTION_LABELS: Record<ProgramSection, string> = {
  overview: 'Overview',
  enrollment: 'Enrollment',
  training: 'Training',
  rounds: 'Matching rounds',
  pairs: 'Pairs',
  pulse: 'Mentor check-ins',
  concerns: 'Concerns',
  surveys: 'Surveys',
  outcomes: 'Outcomes',
  reviews: 'Reviews',
};

const HREFS: Record<ProgramSection, (programId: string) => string> = {
  overview: programHref,
  enrollment: programEnrollmentHref,
  training: programTrainingHref,
  rounds: programRoundsHref,
  pairs: programPairsHref,
  pulse: programPulseHref,
  concerns: programConcernsHref,
  surveys: programSurveysHref,
  outcomes: programOutcomesHref,
  reviews: programReviewsHref,
};

const ORDER: readonly ProgramSection[] = [
  'overview',
  'enrollment',
  'training',
  'rounds',
  'pairs',
  'pulse',
  'concerns',
  'surveys',
  'outcomes',
  'reviews',
];

/** The program's sections as links (each is its own address), not ARIA tabs: they load pages. */
export function ProgramTabs({ programId, current }: { programId: string; current: ProgramSection }) {
  return (
    <nav className="program-tabs" aria-label="Program sections">
      <ul>
        {ORDER.map((section) => (
          <li key={section}>
            <Link href={HREFS[section](programId)} aria-current={section === current ? 'page' : undefined}>
              {SECTION_LABELS[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
