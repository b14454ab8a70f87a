import '../../styles/workspace.css';
import { Link } from '../../components/Link';
import { PageHeading } from '../../components/PageHeading';
import { AgreementSection } from './AgreementSection';
import { CheckinsSection } from './CheckinsSection';
import { ConcernSection } from './ConcernSection';
import { GoalsSection } from './GoalsSection';
import { MeetingsSection } from './MeetingsSection';
import { NotesSection } from './NotesSection';
import { PairReviewSection } from '../reviews/PairReviewSection';

// One page, stacked sections, a jump list at the top: it reads well on a phone.
const SECTIONS = [
  { id: 'agreement', label: 'Agreement' },
  { id: 'goals', label: 'Goals' },
  { id: 'meetings', label: 'Meetings' },
  { id: 'notes', label: 'Notes' },
  { id: 'checkins', label: 'Check-ins' },
  { id: 'review', label: 'Review' },
  { id: 'concern', label: 'Raise a concern' },
];

/** /my/pairs/:pairId: the pair's own space, for its two members only. */
export function PairWorkspacePage({ pairId }: { pairId: string }) {
  return (
    <section className="page workspace">
      <p>
        <Link href="/my/matches">← My match</Link>
      </p>
      <PageHeading title="Our pair" />
      <nav className="workspace-nav" aria-label="Sections">
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`}>
            {s.label}
          </a>
        ))}
      </nav>
      <AgreementSection pairId={pairId} />
      <GoalsSection pairId={pairId} />
      <MeetingsSection pairId={pairId} />
      <NotesSection pairId={pairId} />
      <CheckinsSection pairId={pairId} />
      <PairReviewSection pairId={pairId} />
      <ConcernSection pairId={pairId} />
    </section>
  );
}
