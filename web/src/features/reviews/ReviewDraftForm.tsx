import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { STATEMENT_MAX, type PairReview, type ReviewDraft, type ReviewSide } from '../../api/reviews';
import { TextAreaField } from '../../components/TextAreaField';
import { CheckboxField } from '../programs/CheckboxField';

interface ReviewDraftFormProps {
  review: PairReview;
  names: Record<ReviewSide, string>;
  busy: boolean;
  error: ApiError | undefined;
  onSave(draft: ReviewDraft): void;
}

/** What the pair chooses to share: shared goals to include, meeting counts or not, a statement. */
export function ReviewDraftForm({ review, names, busy, error, onSave }: ReviewDraftFormProps) {
  const [goalIds, setGoalIds] = useState<string[]>(review.goalIds);
  const [includeMeetings, setIncludeMeetings] = useState(review.includeMeetings);
  const [statement, setStatement] = useState(review.statement);
  const toggle = (id: string, on: boolean) =>
    setGoalIds((ids) => (on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id)));

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({ goalIds, includeMeetings, statement });
  }

  return (
    <form className="review-draft-form" onSubmit={submit}>
      <fieldset>
        <legend>Shared goals to include</legend>
        {review.shareable.length === 0 ? (
          <p className="field-hint">
            No goal is shared with the program. A goal’s learner can share it in the Goals section; only shared goals
            can be included.
          </p>
        ) : (
          review.shareable.map((g) => (
            <CheckboxField
              key={g.goalId}
              label={`${g.title} (${names[g.learnerSide]} learns, ${g.progress}%)`}
              checked={goalIds.includes(g.goalId)}
              onChange={(on) => toggle(g.goalId, on)}
              disabled={busy}
            />
          ))
        )}
        {error?.fieldMessage('goalIds') !== undefined && <p className="field-error">{error.fieldMessage('goalIds')}</p>}
      </fieldset>
      <CheckboxField
        label={`Include our meeting counts (${review.meetings.held} held of ${review.meetings.due} due so far)`}
        checked={includeMeetings}
        onChange={setIncludeMeetings}
        disabled={busy}
      />
      <TextAreaField
        label="Our statement (optional)"
        hint="A few sentences on how it is going, in your own words."
        rows={4}
        maxLength={STATEMENT_MAX}
        value={statement}
        onChange={(e) => setStatement(e.target.value)}
        error={error?.fieldMessage('statement')}
      />
      <button type="submit" disabled={busy}>
        Save the draft
      </button>
      <p className="field-hint">Saving a change asks you both to confirm again.</p>
    </form>
  );
}
