import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import type { ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

interface ConfirmPanelProps {
  /** The question, e.g. "Decline this match?" */
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  error?: ApiError;
  onConfirm(): void;
  onCancel(): void;
  /** Where focus goes back to when the panel closes (usually the button that opened it). */
  returnFocus?: RefObject<HTMLElement | null>;
}

/**
 * An inline "are you sure?" step. Not a modal dialog: it sits where the action was, works the
 * same on a phone, and takes focus so a screen reader reads the question first.
 */
export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  danger = false,
  busy = false,
  error,
  onConfirm,
  onCancel,
  returnFocus,
}: ConfirmPanelProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const panel = ref.current;
    // The ref object, not its node: the button it points to is rendered again as the panel closes.
    const target = returnFocus;
    panel?.focus();
    return () => {
      // Only pull focus back if it was in the panel (or got lost with it), never from elsewhere.
      const active = document.activeElement;
      if (active === null || active === document.body || (panel !== null && panel.contains(active)))
        target?.current?.focus();
    };
  }, [returnFocus]);

  return (
    <div ref={ref} className="confirm-panel" role="group" aria-labelledby={titleId} tabIndex={-1}>
      <p id={titleId} className="confirm-title">
        {title}
      </p>
      {children}
      <ErrorBanner error={error} />
      <div className="form-actions">
        <button
          type="button"
          className={danger ? 'button-danger' : undefined}
          onClick={onConfirm}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
