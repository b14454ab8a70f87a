import type { ReviewContent, ReviewSide } from '../../api/reviews';
import { statusLabel } from '../../format';

interface ReviewContentViewProps {
  content: ReviewContent;
  /** Who learns, by side: the names of the pair. */
  names: Record<ReviewSide, string>;
}

/** A summary's content as management reads it: shared goals with progress, meetings, the statement. */
export function ReviewContentView({ content, names }: ReviewContentViewProps) {
  return (
    <div className="review-content">
      {content.goals.length === 0 ? (
        <p className="field-hint">No goals included.</p>
      ) : (
        <ul className="review-goals">
          {content.goals.map((g) => (
            <li key={g.goalId}>
              <span className="review-goal-title">{g.title}</span>
              <span className="review-goal-meta">
                {names[g.learnerSide]} learns · {g.progress}% · {statusLabel(g.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {content.meetings !== null && (
        <p>
          Meetings: {content.meetings.held} held of {content.meetings.due} due so far
        </p>
      )}
      {content.statement !== '' && <blockquote className="review-statement">{content.statement}</blockquote>}
    </div>
  );
}
