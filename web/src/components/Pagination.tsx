interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage(page: number): void;
  /** What is being counted, e.g. "people"; used in the total line and the nav's name. */
  noun: string;
  /** Singular of `noun`, for a total of 1. */
  nounOne?: string;
  disabled?: boolean;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** Previous / Next buttons with "Page X of Y" and the total count. */
export function Pagination({ page, pageSize, total, onPage, noun, nounOne, disabled = false }: PaginationProps) {
  const pages = pageCount(total, pageSize);
  const label = total === 1 ? (nounOne ?? noun) : noun;
  return (
    <nav className="pagination" aria-label={`Pages of ${noun}`}>
      <button type="button" className="button-secondary" disabled={disabled || page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <p className="pagination-status">
        Page {page} of {pages}
        <span className="pagination-total">
          {' '}
          · {total.toLocaleString()} {label}
        </span>
      </p>
      <button type="button" className="button-secondary" disabled={disabled || page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
