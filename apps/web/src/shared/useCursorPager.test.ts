import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCursorPager } from './useCursorPager';

describe('useCursorPager', () => {
  it('walks forward with end cursors and back through the stack', () => {
    const { result } = renderHook(() => useCursorPager('f1', 20));
    expect(result.current).toMatchObject({ after: null, page: 1 });
    act(() => result.current.next('c20'));
    act(() => result.current.next('c40'));
    expect(result.current).toMatchObject({ after: 'c40', page: 3 });
    act(() => result.current.prev());
    expect(result.current).toMatchObject({ after: 'c20', page: 2 });
    act(() => result.current.prev());
    act(() => result.current.prev());
    expect(result.current).toMatchObject({ after: null, page: 1 });
  });

  it('starts from the first page in the same render when the filter changes', () => {
    const { result, rerender } = renderHook(({ key }) => useCursorPager(key, 20), {
      initialProps: { key: 'a' },
    });
    act(() => result.current.next('c20'));
    expect(result.current.after).toBe('c20');
    rerender({ key: 'b' });
    expect(result.current).toMatchObject({ after: null, page: 1 });
  });

  it('goes back to the first page when the page size changes', () => {
    const { result } = renderHook(() => useCursorPager('a', 20));
    act(() => result.current.next('c20'));
    act(() => result.current.setPageSize(50));
    expect(result.current).toMatchObject({ after: null, page: 1, pageSize: 50 });
  });
});
