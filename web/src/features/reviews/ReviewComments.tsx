import type { ReviewComment } from '../../api/reviews';
import { formatDateTime } from '../../format';

/** Reviewers' comments on a summary, oldest first. */
export function ReviewComments({ comments }: { comments: readonly ReviewComment[] }) {
  if (comments.length === 0) return null;
  return (
    <section className="review-comments" aria-label="Comments">
      <h4>Comments</h4>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <p className="review-comment-meta">
              {c.authorName}, {formatDateTime(c.createdAt)}
            </p>
            <p className="review-comment-body">{c.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
