// Loads one GET endpoint. Keeps the previous data while a new path loads (so pagination does
// not flash), ignores answers that arrive after the path changed, and exposes reload().
import { useCallback, useEffect, useState } from 'react';
import { api, isAbort, toApiError, type ApiError } from '../api/client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

interface Result<T> {
  key: string;
  data: T | undefined;
  error: ApiError | undefined;
}

export interface UseApiOptions {
  skipAuthRedirect?: boolean;
  /** Changing this value fetches again (e.g. after something elsewhere on the page changed the data). */
  refreshKey?: number | string;
}

export function useApi<T>(path: string | null, options: UseApiOptions = {}): ApiState<T> {
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<Result<T>>({ key: '', data: undefined, error: undefined });
  const key = path === null ? '' : `${version}:${options.refreshKey ?? ''}:${path}`;
  const skipAuthRedirect = options.skipAuthRedirect ?? false;

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    api<T>(path, { signal: controller.signal, skipAuthRedirect }).then(
      (data) => setResult({ key, data, error: undefined }),
      (error: unknown) => {
        if (!isAbort(error)) setResult((previous) => ({ key, data: previous.data, error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [key, path, skipAuthRedirect]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const current = result.key === key;
  return {
    data: result.data,
    error: current ? result.error : undefined,
    loading: path !== null && !current,
    reload,
  };
}
