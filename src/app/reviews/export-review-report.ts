import type { Actor } from '../../core/auth/roles.js';
import type { ReviewContent } from '../../core/reviews/content.js';
import type { Deps } from '../deps.js';
import { csvCell } from '../matching/csv-out.js';
import { reviewOf } from './get-review-cycle.js';

const HEADER = ['mentor', 'mentee', 'submitted_at', 'goals', 'meetings_held', 'meetings_due', 'statement', 'comments'];

const goalsText = (c: ReviewContent) =>
  c.goals.map((g) => `${g.title} (${g.learnerSide} learns; ${g.progress}%; ${g.status})`).join('\n');

/**
 * The review report as CSV: one row per submitted summary, from the same read as the review
 * page (so it can hold nothing the page does not). Every cell goes through csvCell, which
 * neutralizes spreadsheet formulas: titles and statements are typed by people.
 */
export async function exportReviewReport(
  deps: Deps,
  input: { actor: Actor; cycleId: string },
): Promise<{ filename: string; content: string }> {
  const review = await deps.db.tenant(input.actor.orgId, (tx) => reviewOf(tx, input.actor, input.cycleId));
  const lines = review.summaries.map((s) =>
    [
      s.mentorName,
      s.menteeName,
      s.submittedAt.toISOString(),
      goalsText(s.content),
      s.content.meetings ? String(s.content.meetings.held) : '',
      s.content.meetings ? String(s.content.meetings.due) : '',
      s.content.statement,
      String(s.comments.length),
    ]
      .map(csvCell)
      .join(','),
  );
  const filename = `review-${review.cycle.dueDate}-${review.cycle.id.slice(0, 8)}.csv`;
  return { filename, content: [HEADER.join(','), ...lines].join('\r\n') + '\r\n' };
}
