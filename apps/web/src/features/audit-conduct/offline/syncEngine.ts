import { type AnswerQueue, newClientKey, type QueueEntry, type ServerAnswer } from './queue';

/** What `saveAuditItem` is sent. */
export interface SaveItemInput {
  auditId: string;
  itemKey: string;
  clientKey: string;
  expectedVersion: number;
  kind: QueueEntry['payload']['kind'];
  score: number | null;
  note: string | null;
  photoFileIds: string[];
}

/**
 * How a request failed: `network` (no answer, a gateway error: try again later with the same
 * key), `conflict` (another auditor saved the item first; `current` is their answer) or
 * `rejected` (the API refused the answer for good; `code` says why).
 */
export class SyncError extends Error {
  constructor(
    readonly kind: 'network' | 'conflict' | 'rejected',
    readonly code: string,
    readonly current?: ServerAnswer,
  ) {
    super(`${kind}: ${code}`);
    this.name = 'SyncError';
  }
}

/** The two requests the engine makes; the page passes the real ones (urql, POST /files). */
export interface SyncTransport {
  uploadPhoto(blob: Blob, name: string): Promise<{ id: string }>;
  saveItem(input: SaveItemInput): Promise<ServerAnswer>;
}

export type SyncPhase = 'idle' | 'syncing' | 'waiting' | 'offline';

export interface SyncState {
  online: boolean;
  phase: SyncPhase;
  /** Entries of the owner still to send (conflicts and rejected ones included). */
  pending: QueueEntry[];
  /** When the next try after a network error is due (ms since epoch), while waiting. */
  retryAt: number | null;
}

/** The part of `window` the engine listens to; tests pass their own. */
export interface Connectivity {
  isOnline(): boolean;
  subscribe(onChange: () => void): () => void;
}

export const browserConnectivity: Connectivity = {
  isOnline: () => navigator.onLine,
  subscribe(onChange) {
    window.addEventListener('online', onChange);
    window.addEventListener('offline', onChange);
    return () => {
      window.removeEventListener('online', onChange);
      window.removeEventListener('offline', onChange);
    };
  },
};

/** 1 s, 2 s, 4 s … up to 30 s, with a little jitter so devices do not retry in step. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface SyncEngineOptions {
  queue: AnswerQueue;
  transport: SyncTransport;
  owner: string;
  connectivity?: Connectivity;
  /** Schedules a retry; returns a cancel. Tests pass a manual clock. */
  schedule?: (run: () => void, ms: number) => () => void;
  backoff?: (attempt: number) => number;
  now?: () => number;
  /** Each answer the API stored (after a save from this device). */
  onSaved?: (entry: QueueEntry, answer: ServerAnswer) => void;
}

/**
 * Sends the queue, one entry at a time in the order the edits were made: photos first (each
 * uploaded once, its id kept with the photo), then the answer with the file ids. A network error
 * keeps the entry and retries it later with the same client key, so the API stores it once
 * however often it arrives; going online retries at once. A conflict or a refusal parks that
 * entry (and later edits of the same item) for the user and the rest of the queue goes on.
 */
export class SyncEngine {
  private state: SyncState;
  private readonly listeners = new Set<(state: SyncState) => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private cancelRetry: (() => void) | null = null;
  private attempt = 0;
  private stopped = false;
  private readonly unsubscribe: () => void;
  private readonly connectivity: Connectivity;
  private readonly schedule: NonNullable<SyncEngineOptions['schedule']>;
  private readonly backoff: (attempt: number) => number;
  private readonly now: () => number;

  constructor(private readonly options: SyncEngineOptions) {
    this.connectivity = options.connectivity ?? browserConnectivity;
    this.schedule =
      options.schedule ??
      ((run, ms) => {
        const timer = setTimeout(run, ms);
        return () => clearTimeout(timer);
      });
    this.backoff = options.backoff ?? ((n) => backoffMs(n));
    this.now = options.now ?? Date.now;
    const online = this.connectivity.isOnline();
    this.state = { online, phase: online ? 'idle' : 'offline', pending: [], retryAt: null };
    this.unsubscribe = this.connectivity.subscribe(() => this.connectivityChanged());
  }

  getState(): SyncState {
    return this.state;
  }

  subscribe(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening and retrying; a request under way finishes but nothing new starts. */
  stop() {
    this.stopped = true;
    this.unsubscribe();
    this.cancelRetry?.();
    this.cancelRetry = null;
  }

  /** Reads the queue (e.g. after a reload) and sends what is due. Resolves when this pass is done. */
  sync(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again && !this.stopped);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Resolves when no pass is under way (tests and the page's "done" checks). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** The user keeps their answer over the other auditor's: it is sent again on top of their version. */
  async keepMine(seq: number): Promise<void> {
    const entry = await this.options.queue.get(seq);
    if (!entry?.conflict) return;
    await this.options.queue.update(seq, {
      status: 'pending',
      expectedVersion: entry.conflict.version,
      // A new decision, so a new key: the refused request's key is never reused for other content.
      clientKey: newClientKey(),
      conflict: undefined,
      sent: false,
      attempts: 0,
    });
    await this.sync();
  }

  /** The user takes the other auditor's answer (or discards a refused one): their edit is dropped. */
  async discard(seq: number): Promise<void> {
    const entry = await this.options.queue.get(seq);
    await this.options.queue.discard(seq);
    // Their answer is the stored one: the page shows it.
    if (entry?.conflict) this.options.onSaved?.(entry, entry.conflict);
    await this.sync();
  }

  private connectivityChanged() {
    const online = this.connectivity.isOnline();
    if (online === this.state.online) return;
    if (online) {
      // Back online: try at once, with a fresh backoff.
      this.cancelRetry?.();
      this.cancelRetry = null;
      this.attempt = 0;
      this.emit({ online, retryAt: null });
      void this.sync();
    } else {
      this.emit({ online, phase: 'offline' });
    }
  }

  private emit(change: Partial<SyncState>) {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }

  private async refresh(phase?: SyncPhase): Promise<QueueEntry[]> {
    const pending = await this.options.queue.entries(this.options.owner);
    this.emit({ pending, ...(phase ? { phase } : {}) });
    return pending;
  }

  /** The next entry to send: the first pending one whose item has no parked edit before it. */
  private static next(entries: QueueEntry[]): QueueEntry | undefined {
    const blocked = new Set<string>();
    for (const entry of entries) {
      const item = `${entry.auditId}\u0000${entry.itemKey}`;
      if (entry.status !== 'pending') blocked.add(item);
      else if (!blocked.has(item)) return entry;
    }
    return undefined;
  }

  private async pass(): Promise<void> {
    let entries = await this.refresh();
    if (this.cancelRetry) return; // waiting out a backoff: the timer starts the next pass
    for (;;) {
      if (this.stopped) return;
      if (!this.connectivity.isOnline()) {
        this.emit({ phase: 'offline' });
        return;
      }
      const entry = SyncEngine.next(entries);
      if (!entry) {
        this.attempt = 0;
        this.emit({ phase: 'idle', retryAt: null });
        return;
      }
      this.emit({ phase: 'syncing' });
      const outcome = await this.send(entry);
      if (outcome === 'retry') {
        this.attempt += 1;
        const ms = this.backoff(this.attempt);
        this.emit({ phase: this.connectivity.isOnline() ? 'waiting' : 'offline', retryAt: this.now() + ms });
        this.cancelRetry = this.schedule(() => {
          this.cancelRetry = null;
          this.emit({ retryAt: null });
          void this.sync();
        }, ms);
        await this.refresh();
        return;
      }
      this.attempt = 0;
      entries = await this.refresh();
    }
  }

  private async send(next: QueueEntry): Promise<'done' | 'parked' | 'retry'> {
    const { queue, transport } = this.options;
    // What is sent is what the queue holds now (an edit may have replaced the entry just before).
    const entry = await queue.claim(next.seq);
    if (!entry) return 'done';
    try {
      const photoFileIds: string[] = [];
      for (const ref of entry.payload.photos) {
        if ('fileId' in ref) {
          photoFileIds.push(ref.fileId);
          continue;
        }
        const photo = await queue.photo(ref.localId);
        if (!photo) continue; // removed meanwhile: nothing to attach
        if (photo.fileId) {
          photoFileIds.push(photo.fileId);
          continue;
        }
        const uploaded = await transport.uploadPhoto(photo.blob, photo.name);
        await queue.photoUploaded(photo.localId, uploaded.id);
        photoFileIds.push(uploaded.id);
      }
      const { payload } = entry;
      const answer = await transport.saveItem({
        auditId: entry.auditId,
        itemKey: entry.itemKey,
        clientKey: entry.clientKey,
        expectedVersion: entry.expectedVersion,
        kind: payload.kind,
        score: payload.kind === 'SCORE' ? payload.score : null,
        note: payload.note.trim() ? payload.note : null,
        photoFileIds,
      });
      await queue.complete(entry.seq, answer.version);
      this.options.onSaved?.(entry, answer);
      return 'done';
    } catch (error) {
      const failure = error instanceof SyncError ? error : new SyncError('network', 'NETWORK');
      if (failure.kind === 'network') return 'retry';
      if (failure.kind === 'conflict')
        await queue.update(entry.seq, { status: 'conflict', conflict: failure.current });
      else await queue.update(entry.seq, { status: 'rejected', rejectedCode: failure.code });
      return 'parked';
    }
  }
}
