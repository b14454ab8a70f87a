// Runs one API action (save, sign, cancel, …) for a component: busy while it runs, the error if it
// failed, and a notice once it worked. The component decides what "done" means through onDone
// (close a form, fetch again).
import { useState } from 'react';
import { toApiError, type ApiError } from '../api/client';

export interface UseActionOptions {
  /** Called after an action succeeded (e.g. close the form and refresh the data). */
  onDone?: () => void;
}

export interface ActionState {
  busy: boolean;
  error: ApiError | undefined;
  notice: string | undefined;
  setError(error: ApiError | undefined): void;
  setNotice(notice: string | undefined): void;
  /** Runs work: clears the error first, sets doneNotice (if given) and calls onDone on success. True if it worked. */
  run(work: () => Promise<unknown>, doneNotice?: string): Promise<boolean>;
}

export function useAction(options: UseActionOptions = {}): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const { onDone } = options;

  async function run(work: () => Promise<unknown>, doneNotice?: string): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      if (doneNotice !== undefined) setNotice(doneNotice);
      onDone?.();
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, notice, setError, setNotice, run };
}
