import { useEffect, useState } from 'react';
import { tokenStore } from '../../app/token';

/**
 * An object URL of a stored file (`GET /files/:id` with the session's bearer token, as
 * shared/files.ts sends it): an <img> cannot send the header itself. Null while loading, 'error'
 * when the file could not be fetched.
 */
export function useFileUrl(fileId: string | null): string | null | 'error' {
  const [url, setUrl] = useState<string | null | 'error'>(null);
  useEffect(() => {
    if (!fileId) return;
    let made: string | null = null;
    const abort = new AbortController();
    const token = tokenStore.get();
    setUrl(null);
    fetch(`/files/${encodeURIComponent(fileId)}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      signal: abort.signal,
    })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        made = URL.createObjectURL(await res.blob());
        setUrl(made);
      })
      .catch(() => {
        if (!abort.signal.aborted) setUrl('error');
      });
    return () => {
      abort.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [fileId]);
  return url;
}
