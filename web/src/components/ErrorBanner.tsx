import type { ApiError } from '../api/client';

interface ErrorBannerProps {
  error: ApiError | string | undefined | null;
  /** Optional heading shown above the message, e.g. "Could not save". */
  title?: string;
}

/** An error message announced to assistive technology (role=alert). Renders nothing without one. */
export function ErrorBanner({ error, title }: ErrorBannerProps) {
  if (error === undefined || error === null) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="banner banner-error" role="alert">
      {title !== undefined && <p className="banner-title">{title}</p>}
      <p>{message}</p>
    </div>
  );
}
