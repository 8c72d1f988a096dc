import type { AuditAnswer } from '@anju/domain';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The device's outbox of audit answers: every answer an auditor gives is written here first
 * (IndexedDB, so it survives a closed tab, a reload and a dead battery) and leaves only when the
 * API has stored it. Photos wait beside their answer as Blobs until they are uploaded.
 *
 * An entry belongs to one signed-in user of one company (`owner`): another account signing in on
 * the same device never sends someone else's answers with its own token.
 */

/** What the auditor said about one item: the answer, a note and the photos. */
export interface AnswerPayload {
  kind: AuditAnswer['kind'];
  /** Only for SCORE. */
  score: number | null;
  note: string;
  /** Photos in the order shown: already stored on the server (`fileId`) or still on the device (`localId`). */
  photos: PhotoRef[];
}

export type PhotoRef = { fileId: string } | { localId: string };

/** The answer the server holds, as the conflict and the live updates tell it. */
export interface ServerAnswer {
  itemKey: string;
  kind: AuditAnswer['kind'];
  score: number | null;
  note: string | null;
  photos: { id: string; name: string }[];
  version: number;
  /** User id of who answered last. */
  answeredBy: string | null;
  answeredAt: string | null;
}

/**
 * - `pending`: waits for its turn (or for the network);
 * - `conflict`: another auditor saved the item first: `current` holds theirs, the user decides;
 * - `rejected`: the API refused it for good (the audit was submitted, the item removed…): kept
 *   and shown with the reason until the user discards it, never dropped silently.
 */
export type EntryStatus = 'pending' | 'conflict' | 'rejected';

export interface QueueEntry {
  /** Order of the edits on this device: entries are sent in this order. */
  seq: number;
  owner: string;
  auditId: string;
  itemKey: string;
  /** Made once per edit (`newClientKey`); every retry of that edit sends the same key. */
  clientKey: string;
  /** The item's version the edit was made on (0 = unanswered). */
  expectedVersion: number;
  payload: AnswerPayload;
  status: EntryStatus;
  /** True once a request carrying this entry left the device: it may have been stored already. */
  sent: boolean;
  attempts: number;
  createdAt: string;
  conflict?: ServerAnswer;
  /** The API's code for a rejected entry. */
  rejectedCode?: string;
}

export interface QueuedPhoto {
  localId: string;
  owner: string;
  auditId: string;
  itemKey: string;
  blob: Blob;
  name: string;
  /** Set once uploaded: a retry of the answer reuses it instead of uploading the bytes again. */
  fileId?: string;
}

interface OutboxDb extends DBSchema {
  answers: {
    key: number;
    value: QueueEntry;
    indexes: { byAudit: [string, string] };
  };
  photos: {
    key: string;
    value: QueuedPhoto;
    indexes: { byAudit: [string, string] };
  };
  /** The latest version of each item this device knows it stored (or accepted from another auditor). */
  versions: {
    key: string;
    value: { key: string; version: number };
  };
}

const versionKey = (owner: string, auditId: string, itemKey: string) =>
  `${owner}\u0000${auditId}\u0000${itemKey}`;

export const OUTBOX_DB = 'anju-audit-outbox';

/**
 * A fresh client key for one edit. randomUUID exists only in secure contexts (https, localhost);
 * a plain-http deployment gets 32 random hex digits, which the API's key format accepts as well.
 */
export function newClientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

export type NewEntry = Pick<QueueEntry, 'owner' | 'auditId' | 'itemKey' | 'expectedVersion' | 'payload'>;

export class AnswerQueue {
  private constructor(private readonly db: IDBPDatabase<OutboxDb>) {}

  static async open(name = OUTBOX_DB): Promise<AnswerQueue> {
    const db = await openDB<OutboxDb>(name, 1, {
      upgrade(database) {
        const answers = database.createObjectStore('answers', { keyPath: 'seq', autoIncrement: true });
        answers.createIndex('byAudit', ['owner', 'auditId']);
        const photos = database.createObjectStore('photos', { keyPath: 'localId' });
        photos.createIndex('byAudit', ['owner', 'auditId']);
        database.createObjectStore('versions', { keyPath: 'key' });
      },
    });
    return new AnswerQueue(db);
  }

  close() {
    this.db.close();
  }

  /**
   * Records an edit. An edit of an item whose earlier edit has not left the device yet replaces
   * it (one request instead of two, the later answer wins) and takes a fresh key; an earlier edit
   * that was already sent stays, since it may be stored: the new one queues behind it.
   */
  async enqueue(edit: NewEntry, now = new Date()): Promise<QueueEntry> {
    const tx = this.db.transaction(['answers', 'versions'], 'readwrite');
    const store = tx.objectStore('answers');
    const same = (await store.index('byAudit').getAll([edit.owner, edit.auditId])).filter(
      (e) => e.itemKey === edit.itemKey,
    );
    // A save of this device may have finished a moment ago, before the page heard of it.
    const stored = await tx.objectStore('versions').get(versionKey(edit.owner, edit.auditId, edit.itemKey));
    const base = Math.max(edit.expectedVersion, stored?.version ?? 0);
    const last = same.at(-1);
    const fresh = {
      clientKey: newClientKey(),
      payload: edit.payload,
      status: 'pending' as const,
      attempts: 0,
      sent: false,
    };
    let entry: QueueEntry;
    if (last && !last.sent && last.status === 'pending') {
      entry = { ...last, ...fresh };
      await store.put(entry);
    } else {
      const draft = {
        ...edit,
        ...fresh,
        // Behind an earlier edit of the item that is in flight or in conflict, this edit builds on it.
        expectedVersion: last ? last.expectedVersion : base,
        createdAt: now.toISOString(),
      } as Omit<QueueEntry, 'seq'>;
      const seq = await store.add(draft as QueueEntry);
      entry = { ...draft, seq };
    }
    await tx.done;
    return entry;
  }

  /** Every entry of the owner (all audits, or one), in the order they are to be sent. */
  async entries(owner: string, auditId?: string): Promise<QueueEntry[]> {
    if (auditId) return this.db.getAllFromIndex('answers', 'byAudit', [owner, auditId]);
    return (await this.db.getAll('answers')).filter((e) => e.owner === owner);
  }

  async get(seq: number): Promise<QueueEntry | undefined> {
    return this.db.get('answers', seq);
  }

  /**
   * Takes an entry for sending: marks it sent in the same transaction that reads it, so an edit
   * made meanwhile either replaced it before (and is what gets sent) or queues behind it.
   */
  async claim(seq: number): Promise<QueueEntry | undefined> {
    const tx = this.db.transaction('answers', 'readwrite');
    const entry = await tx.store.get(seq);
    if (entry?.status !== 'pending') return undefined;
    const claimed = { ...entry, sent: true, attempts: entry.attempts + 1 };
    await tx.store.put(claimed);
    await tx.done;
    return claimed;
  }

  async update(seq: number, change: Partial<Omit<QueueEntry, 'seq'>>): Promise<QueueEntry | undefined> {
    const tx = this.db.transaction('answers', 'readwrite');
    const entry = await tx.store.get(seq);
    if (!entry) return undefined;
    const next = { ...entry, ...change };
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  /**
   * The entry was stored as `version`: it leaves the queue with the photos only it used, and the
   * later edits of the same item now build on that version.
   */
  async complete(seq: number, version: number): Promise<void> {
    const tx = this.db.transaction(['answers', 'photos', 'versions'], 'readwrite');
    const answers = tx.objectStore('answers');
    const entry = await answers.get(seq);
    if (!entry) return;
    await answers.delete(seq);
    await this.raiseVersion(tx.objectStore('versions'), entry, version);
    const rest = await answers.index('byAudit').getAll([entry.owner, entry.auditId]);
    const stillUsed = new Set<string>();
    for (const other of rest) {
      if (other.itemKey === entry.itemKey && other.seq > seq)
        await answers.put({ ...other, expectedVersion: version });
      for (const ref of other.payload.photos) if ('localId' in ref) stillUsed.add(ref.localId);
    }
    for (const ref of entry.payload.photos)
      if ('localId' in ref && !stillUsed.has(ref.localId)) await tx.objectStore('photos').delete(ref.localId);
    await tx.done;
  }

  /** Drops an entry (the user took the other answer, or discarded a rejected one) and its unused photos. */
  async discard(seq: number): Promise<void> {
    const tx = this.db.transaction(['answers', 'photos', 'versions'], 'readwrite');
    const answers = tx.objectStore('answers');
    const entry = await answers.get(seq);
    if (!entry) return;
    await answers.delete(seq);
    // Taking the other auditor's answer: later edits build on it.
    if (entry.conflict) await this.raiseVersion(tx.objectStore('versions'), entry, entry.conflict.version);
    const rest = await answers.index('byAudit').getAll([entry.owner, entry.auditId]);
    const stillUsed = new Set(
      rest.flatMap((e) => e.payload.photos.flatMap((r) => ('localId' in r ? [r.localId] : []))),
    );
    for (const ref of entry.payload.photos)
      if ('localId' in ref && !stillUsed.has(ref.localId)) await tx.objectStore('photos').delete(ref.localId);
    await tx.done;
  }

  private async raiseVersion(
    versions: {
      get(key: string): Promise<{ version: number } | undefined>;
      put(v: { key: string; version: number }): Promise<unknown>;
    },
    entry: Pick<QueueEntry, 'owner' | 'auditId' | 'itemKey'>,
    version: number,
  ) {
    const key = versionKey(entry.owner, entry.auditId, entry.itemKey);
    const known = await versions.get(key);
    if ((known?.version ?? 0) < version) await versions.put({ key, version });
  }

  async addPhoto(photo: Omit<QueuedPhoto, 'localId'>): Promise<QueuedPhoto> {
    const stored = { ...photo, localId: newClientKey() };
    await this.db.put('photos', stored);
    return stored;
  }

  async photo(localId: string): Promise<QueuedPhoto | undefined> {
    return this.db.get('photos', localId);
  }

  async photos(owner: string, auditId: string): Promise<QueuedPhoto[]> {
    return this.db.getAllFromIndex('photos', 'byAudit', [owner, auditId]);
  }

  async photoUploaded(localId: string, fileId: string): Promise<void> {
    const tx = this.db.transaction('photos', 'readwrite');
    const photo = await tx.store.get(localId);
    if (photo) await tx.store.put({ ...photo, fileId });
    await tx.done;
  }

  /** Removes a photo that no entry refers to (taken, then removed before the answer was saved). */
  async dropPhotoIfUnused(localId: string): Promise<void> {
    const tx = this.db.transaction(['answers', 'photos'], 'readwrite');
    const photo = await tx.objectStore('photos').get(localId);
    if (!photo) return;
    const entries = await tx.objectStore('answers').index('byAudit').getAll([photo.owner, photo.auditId]);
    const used = entries.some((e) => e.payload.photos.some((r) => 'localId' in r && r.localId === localId));
    if (!used) await tx.objectStore('photos').delete(localId);
    await tx.done;
  }
}
