import { csvHref, type CsvSource, type Freshness, type Outcomes } from '../../api/outcomes';
import { formatDateTime } from '../../format';
import { EngagementCard } from './EngagementCard';
import { FunnelCard } from './FunnelCard';
import { LearningCard } from './LearningCard';
import { ReachCard } from './ReachCard';
import { RetentionCard } from './RetentionCard';
import { SatisfactionCard } from './SatisfactionCard';
import '../../styles/outcomes.css';

/** The six figure cards of one dashboard (a program, or several together), each with its CSV. */
export function OutcomesDashboard({ outcomes, source }: { outcomes: Outcomes; source: CsvSource }) {
  return (
    <div className="outcome-grid">
      <FunnelCard funnel={outcomes.funnel} csvHref={csvHref(source, 'funnel')} />
      <EngagementCard engagement={outcomes.engagement} csvHref={csvHref(source, 'engagement')} />
      <LearningCard learning={outcomes.learning} csvHref={csvHref(source, 'learning')} />
      <SatisfactionCard satisfaction={outcomes.satisfaction} csvHref={csvHref(source, 'satisfaction')} />
      <RetentionCard retention={outcomes.retention} csvHref={csvHref(source, 'retention')} />
      <ReachCard reach={outcomes.reach} csvHref={csvHref(source, 'reach')} />
    </div>
  );
}

/** When the figures were computed and the "all figures" CSV link, under a dashboard's heading. */
export function AllFiguresCsv({ source, freshness }: { source: CsvSource; freshness: Freshness }) {
  return (
    <p className="outcome-actions">
      <span className="outcome-as-of">
        Figures as of {formatDateTime(freshness.asOf)}
        {freshness.refreshing && ' — data has changed since; they are being recomputed, reload in a minute'}
      </span>{' '}
      <a className="outcome-download" href={csvHref(source, null)} download>
        Download all figures (CSV)
      </a>
    </p>
  );
}
