// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { useAction } from './useAction';

/** A promise the test settles by hand, to look at the state while the action runs. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

describe('useAction', () => {
  it('is busy while the work runs, then sets the notice and calls onDone', async () => {
    const onDone = vi.fn();
    const { result } = renderHook(() => useAction({ onDone }));
    expect(result.current).toMatchObject({ busy: false, error: undefined, notice: undefined });

    const work = deferred();
    let outcome: Promise<boolean> | undefined;
    act(() => {
      outcome = result.current.run(() => work.promise, 'Saved.');
    });
    expect(result.current.busy).toBe(true);
    expect(onDone).not.toHaveBeenCalled();

    await act(async () => {
      work.resolve();
      await outcome;
    });
    await expect(outcome).resolves.toBe(true);
    expect(result.current).toMatchObject({ busy: false, error: undefined, notice: 'Saved.' });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('leaves the notice alone when none is given', async () => {
    const { result } = renderHook(() => useAction());
    act(() => result.current.setNotice('Before.'));
    await act(async () => {
      await result.current.run(() => Promise.resolve());
    });
    expect(result.current.notice).toBe('Before.');
  });

  it('on failure sets the error, keeps the notice, is no longer busy and does not call onDone', async () => {
    const onDone = vi.fn();
    const { result } = renderHook(() => useAction({ onDone }));
    await act(async () => {
      await result.current.run(() => Promise.resolve(), 'First.');
    });
    expect(onDone).toHaveBeenCalledTimes(1);

    const failure = new ApiError(409, 'conflict', 'Someone changed it first.');
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.run(() => Promise.reject(failure), 'Second.');
    });
    expect(ok).toBe(false);
    expect(result.current).toMatchObject({ busy: false, error: failure, notice: 'First.' });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('turns an unexpected throw into an ApiError and clears the error on the next run', async () => {
    const { result } = renderHook(() => useAction());
    await act(async () => {
      await result.current.run(() => Promise.reject(new TypeError('boom')));
    });
    expect(result.current.error).toBeInstanceOf(ApiError);
    expect(result.current.error?.code).toBe('client');

    const work = deferred();
    let outcome: Promise<boolean> | undefined;
    act(() => {
      outcome = result.current.run(() => work.promise);
    });
    expect(result.current.error).toBeUndefined();
    await act(async () => {
      work.resolve();
      await outcome;
    });
    expect(result.current.busy).toBe(false);
  });
});
