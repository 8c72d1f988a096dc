import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { type AnswerPayload, AnswerQueue, type QueueEntry, type ServerAnswer } from './queue';
import { SyncEngine, type SyncState } from './syncEngine';
import { apiTransport } from './transport';

/** A photo still on the device, with an object URL for its thumbnail. */
export interface LocalPhoto {
  localId: string;
  itemKey: string;
  name: string;
  url: string;
  /** Referenced by a queued answer (else a draft: taken before the item was answered). */
  queued: boolean;
}

export interface AuditOutbox {
  /** False until the queue was read back from the device. */
  ready: boolean;
  /** IndexedDB could not be opened (private mode of some browsers): answers go straight out. */
  unavailable: boolean;
  sync: SyncState;
  /** This audit's edits still on the device, in edit order. */
  entries: QueueEntry[];
  photos: LocalPhoto[];
  /** How many edits were found on the device when the page opened. */
  restored: number;
  save(itemKey: string, expectedVersion: number, payload: AnswerPayload): Promise<void>;
  addPhoto(itemKey: string, file: Blob, name: string): Promise<string>;
  dropPhoto(localId: string): Promise<void>;
  keepMine(seq: number): Promise<void>;
  discard(seq: number): Promise<void>;
}

const INITIAL: SyncState = { online: true, phase: 'idle', pending: [], retryAt: null };

/**
 * The page's handle on the device's outbox for one audit: opens the queue, reads back what an
 * earlier visit left (and shows it), and runs the sync engine while the page is open.
 */
export function useAuditOutbox({
  auditId,
  owner,
  onSaved,
}: {
  auditId: string;
  owner: string;
  onSaved(answer: ServerAnswer): void;
}): AuditOutbox {
  const client = useClient();
  const [queue, setQueue] = useState<AnswerQueue | null>(null);
  const [engine, setEngine] = useState<SyncEngine | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [sync, setSync] = useState<SyncState>(INITIAL);
  const [restored, setRestored] = useState(0);
  const [photoRows, setPhotoRows] = useState<Omit<LocalPhoto, 'queued'>[]>([]);
  const urls = useRef(new Map<string, string>());
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;

  const loadPhotos = useCallback(
    async (q: AnswerQueue) => {
      const stored = await q.photos(owner, auditId);
      const seen = new Set<string>();
      const rows = stored.map((p) => {
        seen.add(p.localId);
        let url = urls.current.get(p.localId);
        if (!url) {
          url = URL.createObjectURL(p.blob);
          urls.current.set(p.localId, url);
        }
        return { localId: p.localId, itemKey: p.itemKey, name: p.name, url };
      });
      for (const [id, url] of urls.current)
        if (!seen.has(id)) {
          URL.revokeObjectURL(url);
          urls.current.delete(id);
        }
      setPhotoRows(rows);
    },
    [owner, auditId],
  );

  useEffect(() => {
    let cancelled = false;
    let opened: AnswerQueue | null = null;
    let running: SyncEngine | null = null;
    (async () => {
      try {
        opened = await AnswerQueue.open();
      } catch {
        if (!cancelled) setUnavailable(true);
        return;
      }
      if (cancelled) return opened.close();
      const q = opened;
      running = new SyncEngine({
        queue: q,
        transport: apiTransport(client),
        owner,
        onSaved: (entry, answer) => {
          if (entry.auditId === auditId) savedRef.current(answer);
        },
      });
      const unsubscribe = running.subscribe((state) => {
        setSync(state);
        void loadPhotos(q);
      });
      const earlier = await q.entries(owner, auditId);
      await loadPhotos(q);
      if (cancelled) {
        unsubscribe();
        running.stop();
        return q.close();
      }
      setRestored(earlier.length);
      setQueue(q);
      setEngine(running);
      setSync(running.getState());
      void running.sync();
    })();
    const currentUrls = urls.current;
    return () => {
      cancelled = true;
      running?.stop();
      // A request under way finishes on its own; the connection closes when it is done.
      void running?.idle().then(() => opened?.close());
      for (const url of currentUrls.values()) URL.revokeObjectURL(url);
      currentUrls.clear();
    };
  }, [client, owner, auditId, loadPhotos]);

  const entries = useMemo(() => sync.pending.filter((e) => e.auditId === auditId), [sync.pending, auditId]);
  const photos = useMemo(() => {
    const used = new Set(
      entries.flatMap((e) => e.payload.photos.flatMap((r) => ('localId' in r ? [r.localId] : []))),
    );
    return photoRows.map((p) => ({ ...p, queued: used.has(p.localId) }));
  }, [photoRows, entries]);

  const save = useCallback(
    async (itemKey: string, expectedVersion: number, payload: AnswerPayload) => {
      if (!queue || !engine) throw new Error('the outbox is not open');
      // The queue raises a stale version to the one this device's own save just got.
      await queue.enqueue({ owner, auditId, itemKey, expectedVersion, payload });
      await engine.sync();
    },
    [queue, engine, owner, auditId],
  );

  const addPhoto = useCallback(
    async (itemKey: string, file: Blob, name: string) => {
      if (!queue) throw new Error('the outbox is not open');
      const stored = await queue.addPhoto({ owner, auditId, itemKey, blob: file, name });
      await loadPhotos(queue);
      return stored.localId;
    },
    [queue, owner, auditId, loadPhotos],
  );

  const dropPhoto = useCallback(
    async (localId: string) => {
      if (!queue) return;
      await queue.dropPhotoIfUnused(localId);
      await loadPhotos(queue);
    },
    [queue, loadPhotos],
  );

  const keepMine = useCallback(async (seq: number) => engine?.keepMine(seq), [engine]);
  const discard = useCallback(async (seq: number) => engine?.discard(seq), [engine]);

  return {
    ready: Boolean(queue) || unavailable,
    unavailable,
    sync,
    entries,
    photos,
    restored,
    save,
    addPhoto,
    dropPhoto,
    keepMine,
    discard,
  };
}
