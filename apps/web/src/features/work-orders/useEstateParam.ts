import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The chosen estate, kept in the address (`?estate=<id>`) so a reload or a shared link keeps it. */
export function useEstateParam(): [string | undefined, (id: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const set = useCallback(
    (id: string | undefined) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (id) next.set('estate', id);
          else next.delete('estate');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [estateId, set];
}
