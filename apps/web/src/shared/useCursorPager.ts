import { useCallback, useState } from 'react';

export interface CursorPager {
  /** Cursor to send as `after` for the current page (null on the first page). */
  after: string | null;
  /** 1-based page number. */
  page: number;
  pageSize: number;
  next(endCursor: string | null | undefined): void;
  prev(): void;
  setPageSize(size: number): void;
}

/**
 * Keyset paging walks forward only, so the cursors of the pages already seen are kept on a stack
 * to go back. A new `resetKey` (filters changed) starts again from the first page, in the same
 * render, so no request goes out with a cursor that belongs to the old filter.
 */
export function useCursorPager(resetKey: string, initialPageSize = 20): CursorPager {
  const [state, setState] = useState({
    key: resetKey,
    stack: [null] as (string | null)[],
    size: initialPageSize,
  });
  const stack = state.key === resetKey ? state.stack : [null];

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      setState((s) => {
        const current = s.key === resetKey ? s.stack : [null];
        return { ...s, key: resetKey, stack: [...current, endCursor] };
      });
    },
    [resetKey],
  );

  const prev = useCallback(() => {
    setState((s) => {
      const current = s.key === resetKey ? s.stack : [null];
      return { ...s, key: resetKey, stack: current.length > 1 ? current.slice(0, -1) : current };
    });
  }, [resetKey]);

  const setPageSize = useCallback(
    (size: number) => setState((s) => ({ ...s, key: resetKey, stack: [null], size })),
    [resetKey],
  );

  return {
    after: stack[stack.length - 1] ?? null,
    page: stack.length,
    pageSize: state.size,
    next,
    prev,
    setPageSize,
  };
}
