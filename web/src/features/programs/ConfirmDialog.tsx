import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';

interface ConfirmDialogProps {
  title: string;
  /** What will happen; it is the dialog's accessible description. */
  message: ReactNode;
  /** Any fields the decision needs (e.g. a reason). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  busy?: boolean;
  /** Keeps the confirm button off, e.g. until a required reason is typed. */
  confirmDisabled?: boolean;
  error?: ApiError | string;
  errorTitle?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal question, mounted only while it is asked. The native <dialog> traps focus and closes
 * on Escape in browsers; where showModal is missing (jsdom) it is simply shown open. Focus goes
 * to the first field, or else to Cancel (never straight onto an action that cannot be undone),
 * and back to whatever had it when the dialog goes away.
 */
export function ConfirmDialog({ title, message, children, confirmLabel, cancelLabel = 'Cancel', danger = false, busy = false, confirmDisabled = false, error, errorTitle, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    (dialog.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, select') ?? cancelRef.current)?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      previous?.focus();
    };
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy && !confirmDisabled) onConfirm();
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        // Escape: close through the parent, so its state stays the truth.
        event.preventDefault();
        if (!busy) onCancel();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && typeof ref.current?.showModal !== 'function' && !busy) onCancel();
      }}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div id={bodyId} className="dialog-body">
          {message}
        </div>
        {children}
        <ErrorBanner error={error} title={errorTitle} />
        <div className="form-actions">
          <button type="submit" className={danger ? 'button-danger' : undefined} disabled={busy || confirmDisabled} aria-busy={busy || undefined}>
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button-secondary" onClick={onCancel} disabled={busy}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
