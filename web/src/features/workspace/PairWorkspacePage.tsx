import '../../styles/workspace.css';
import { Link } from '../../components/Link';
import { PageHeading } from '../../components/PageHeading';
import { AgreementSection } from './AgreementSection';

// One page, stacked sections, a jump list at the top: it reads well on a phone.
const SECTIONS = [
  { id: 'agreement', label: 'Agreement' },
  // workspace sections: nav
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
      {/* workspace sections: goals */}
      {/* workspace sections: meetings */}
      {/* workspace sections: notes */}
      {/* workspace sections: checkins */}
      {/* workspace sections: concern */}
    </section>
  );
}
