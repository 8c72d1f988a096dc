// @vitest-environment node
// Node's own Blob survives IndexedDB's structured clone; happy-dom's does not.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AnswerPayload, AnswerQueue, type ServerAnswer } from './queue';
import {
  type Connectivity,
  type SaveItemInput,
  SyncEngine,
  SyncError,
  type SyncTransport,
} from './syncEngine';
import { conflictAnswer } from './transport';

const OWNER = 'user-1@company-1';
const AUDIT = 'audit-1';

const pass = (note = ''): AnswerPayload => ({ kind: 'PASS', score: null, note, photos: [] });
const score = (value: number): AnswerPayload => ({ kind: 'SCORE', score: value, note: '', photos: [] });

function answerOf(input: SaveItemInput, version: number): ServerAnswer {
  return {
    itemKey: input.itemKey,
    kind: input.kind,
    score: input.score,
    note: input.note,
    photos: input.photoFileIds.map((id) => ({ id, name: `${id}.jpg` })),
    version,
    answeredBy: 'user-1',
    answeredAt: '2028-02-29T08:00:00.000Z',
  };
}

/**
 * A fake API that behaves like saveAuditItem: idempotent by clientKey (the same key answers the
 * stored answer again, never a second write), versions per item, CONFLICT on a stale version.
 * `failNext` makes the next requests fail as if the network dropped (before or after the write).
 */
class FakeApi implements SyncTransport {
  readonly saves: SaveItemInput[] = [];
  readonly uploads: string[] = [];
  readonly stored = new Map<string, ServerAnswer>();
  private readonly byKey = new Map<string, ServerAnswer>();
  failNext: ('before' | 'after')[] = [];
  failUploads = 0;
  rejectWith: string | null = null;
  private files = 0;

  async uploadPhoto(blob: Blob, name: string) {
    if (this.failUploads > 0) {
      this.failUploads -= 1;
      throw new SyncError('network', 'NETWORK');
    }
    const bytes = new Uint8Array(await blob.arrayBuffer());
    this.uploads.push(`${name}:${bytes.length}`);
    this.files += 1;
    return { id: `file-${this.files}` };
  }

  async saveItem(input: SaveItemInput) {
    this.saves.push(input);
    const failure = this.failNext.shift();
    if (failure === 'before') throw new SyncError('network', 'NETWORK');
    if (this.rejectWith) throw new SyncError('rejected', this.rejectWith);
    const again = this.byKey.get(input.clientKey);
    if (again) return again;
    const current = this.stored.get(input.itemKey);
    if ((current?.version ?? 0) !== input.expectedVersion)
      throw new SyncError('conflict', 'CONFLICT', current);
    const answer = answerOf(input, input.expectedVersion + 1);
    this.stored.set(input.itemKey, answer);
    this.byKey.set(input.clientKey, answer);
    if (failure === 'after') throw new SyncError('network', 'NETWORK'); // stored, but the answer was lost
    return answer;
  }

  /** Another auditor saves the item from their own device. */
  otherAuditor(itemKey: string, payload: AnswerPayload) {
    const version = (this.stored.get(itemKey)?.version ?? 0) + 1;
    const answer: ServerAnswer = {
      ...answerOf(
        {
          auditId: AUDIT,
          itemKey,
          clientKey: crypto.randomUUID(),
          expectedVersion: version - 1,
          kind: payload.kind,
          score: payload.score,
          note: payload.note,
          photoFileIds: [],
        },
        version,
      ),
      answeredBy: 'user-2',
    };
    this.stored.set(itemKey, answer);
    return answer;
  }
}

class FakeNetwork implements Connectivity {
  online = true;
  private readonly listeners = new Set<() => void>();
  isOnline() {
    return this.online;
  }
  subscribe(onChange: () => void) {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }
  set(online: boolean) {
    this.online = online;
    for (const l of this.listeners) l();
  }
}

/** Retries wait for the test to run them: no real timers, no sleeps. */
class ManualTimers {
  readonly due: { run: () => void; ms: number }[] = [];
  schedule = (run: () => void, ms: number) => {
    const job = { run, ms };
    this.due.push(job);
    return () => {
      const i = this.due.indexOf(job);
      if (i >= 0) this.due.splice(i, 1);
    };
  };
  runNext() {
    const job = this.due.shift();
    if (!job) throw new Error('no retry scheduled');
    job.run();
  }
}

let queue: AnswerQueue;
let api: FakeApi;
let network: FakeNetwork;
let timers: ManualTimers;
let engine: SyncEngine;

function startEngine(owner = OWNER) {
  engine = new SyncEngine({
    queue,
    transport: api,
    owner,
    connectivity: network,
    schedule: timers.schedule,
    backoff: (n) => 1000 * n,
  });
  return engine;
}

beforeEach(async () => {
  // A fresh, empty IndexedDB per test.
  globalThis.indexedDB = new IDBFactory();
  queue = await AnswerQueue.open();
  api = new FakeApi();
  network = new FakeNetwork();
  timers = new ManualTimers();
  startEngine();
});

afterEach(async () => {
  engine.stop();
  await engine.idle();
  queue.close();
});

const edit = (itemKey: string, payload: AnswerPayload, expectedVersion = 0) =>
  queue.enqueue({ owner: OWNER, auditId: AUDIT, itemKey, expectedVersion, payload });

describe('the answer queue', () => {
  it('keeps entries and photos across a closed tab (a new connection reads them back in order)', async () => {
    const photo = await queue.addPhoto({
      owner: OWNER,
      auditId: AUDIT,
      itemKey: 'cs-02',
      blob: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' }),
      name: 'lobby.jpg',
    });
    await edit('cs-01', pass());
    await edit('cs-02', {
      kind: 'FAIL',
      score: null,
      note: '地面有积水',
      photos: [{ localId: photo.localId }],
    });
    await edit('cs-03', score(3.5));
    queue.close();

    queue = await AnswerQueue.open();
    const entries = await queue.entries(OWNER, AUDIT);
    expect(entries.map((e) => [e.itemKey, e.payload.kind, e.status])).toEqual([
      ['cs-01', 'PASS', 'pending'],
      ['cs-02', 'FAIL', 'pending'],
      ['cs-03', 'SCORE', 'pending'],
    ]);
    expect(entries[1]!.payload.note).toBe('地面有积水');
    const back = await queue.photo(photo.localId);
    expect(back?.blob.type).toBe('image/jpeg');
    expect([...new Uint8Array(await back!.blob.arrayBuffer())]).toEqual([1, 2, 3, 4]);
    expect(new Set(entries.map((e) => e.clientKey)).size).toBe(3);
  });

  it('replaces an edit that never left the device, but queues behind one that was sent', async () => {
    const first = await edit('cs-01', score(2));
    const second = await edit('cs-01', score(3));
    expect(second.seq).toBe(first.seq);
    expect(second.clientKey).not.toBe(first.clientKey);
    expect((await queue.entries(OWNER, AUDIT)).map((e) => e.payload.score)).toEqual([3]);

    await queue.update(first.seq, { sent: true });
    const third = await edit('cs-01', score(4), 0);
    expect(third.seq).toBeGreaterThan(first.seq);
    expect((await queue.entries(OWNER, AUDIT)).map((e) => e.payload.score)).toEqual([3, 4]);
  });

  it('claims what it holds now: a replaced edit is what leaves, a later edit queues behind the claim', async () => {
    const first = await edit('cs-01', score(2));
    await edit('cs-01', score(3)); // replaced before the engine took it
    const claimed = await queue.claim(first.seq);
    expect(claimed).toMatchObject({ sent: true, attempts: 1, payload: { score: 3 } });
    const after = await edit('cs-01', score(4));
    expect(after.seq).toBeGreaterThan(first.seq);
  });

  it("holds only the owner's entries for that owner", async () => {
    await edit('cs-01', pass());
    await queue.enqueue({
      owner: 'someone-else',
      auditId: AUDIT,
      itemKey: 'cs-01',
      expectedVersion: 0,
      payload: pass(),
    });
    expect(await queue.entries(OWNER)).toHaveLength(1);
    await engine.sync();
    expect(api.saves).toHaveLength(1);
    expect(await queue.entries('someone-else')).toHaveLength(1);
  });
});

describe('the sync engine', () => {
  it('sends in the order of the edits, uploads photos first and empties the queue', async () => {
    const photo = await queue.addPhoto({
      owner: OWNER,
      auditId: AUDIT,
      itemKey: 'cs-02',
      blob: new Blob([new Uint8Array(10)], { type: 'image/jpeg' }),
      name: 'p.jpg',
    });
    await edit('cs-03', pass());
    await edit('cs-01', score(4.5));
    await edit('cs-02', { kind: 'FAIL', score: null, note: '破损', photos: [{ localId: photo.localId }] });

    const saved: string[] = [];
    engine.stop();
    engine = new SyncEngine({
      queue,
      transport: api,
      owner: OWNER,
      connectivity: network,
      schedule: timers.schedule,
      onSaved: (entry, answer) => saved.push(`${entry.itemKey}@${answer.version}`),
    });
    await engine.sync();

    expect(api.saves.map((s) => s.itemKey)).toEqual(['cs-03', 'cs-01', 'cs-02']);
    expect(api.uploads).toEqual(['p.jpg:10']);
    expect(api.saves[2]!.photoFileIds).toEqual(['file-1']);
    expect(api.saves[2]!.note).toBe('破损');
    expect(api.saves[0]!.score).toBeNull();
    expect(saved).toEqual(['cs-03@1', 'cs-01@1', 'cs-02@1']);
    expect(await queue.entries(OWNER)).toEqual([]);
    expect(await queue.photo(photo.localId)).toBeUndefined(); // the blob leaves with its answer
    expect(engine.getState()).toMatchObject({ phase: 'idle', pending: [] });
  });

  it('waits while offline and sends everything when the connection returns', async () => {
    network.set(false);
    await edit('cs-01', pass());
    await edit('cs-02', pass());
    await engine.sync();
    expect(api.saves).toEqual([]);
    expect(engine.getState()).toMatchObject({ online: false, phase: 'offline' });
    expect(engine.getState().pending).toHaveLength(2);

    network.set(true);
    await engine.idle();
    expect(api.saves.map((s) => s.itemKey)).toEqual(['cs-01', 'cs-02']);
    expect(engine.getState()).toMatchObject({ online: true, phase: 'idle', pending: [] });
  });

  it('retries a lost request with the same client key, so the answer is stored once', async () => {
    await edit('cs-01', score(3));
    await edit('cs-02', pass());
    api.failNext = ['after', 'before'];

    await engine.sync();
    // Stored on the server, but the answer never arrived: the entry stays, a retry is scheduled.
    expect(api.saves).toHaveLength(1);
    expect(engine.getState().phase).toBe('waiting');
    expect(timers.due.map((d) => d.ms)).toEqual([1000]);
    expect(await queue.entries(OWNER)).toHaveLength(2);

    timers.runNext();
    await engine.idle();
    // The second try was lost before the server; the backoff grows.
    expect(timers.due.map((d) => d.ms)).toEqual([2000]);

    timers.runNext();
    await engine.idle();
    const keys = api.saves.map((s) => `${s.itemKey}:${s.clientKey}`);
    expect(keys.slice(0, 3)).toEqual([keys[0], keys[0], keys[0]]);
    expect(api.saves.map((s) => s.itemKey)).toEqual(['cs-01', 'cs-01', 'cs-01', 'cs-02']);
    expect(api.stored.get('cs-01')?.version).toBe(1); // one write, not three
    expect(await queue.entries(OWNER)).toEqual([]);
  });

  it('keeps the key across a closed tab: a new engine resends the same edit', async () => {
    await edit('cs-01', score(3));
    api.failNext = ['after'];
    await engine.sync();
    const key = api.saves[0]!.clientKey;
    engine.stop();
    queue.close();

    queue = await AnswerQueue.open();
    startEngine();
    await engine.sync();
    expect(api.saves.map((s) => s.clientKey)).toEqual([key, key]);
    expect(api.stored.get('cs-01')?.version).toBe(1);
    expect(await queue.entries(OWNER)).toEqual([]);
  });

  it('uploads a photo once even when the answer has to be retried', async () => {
    const photo = await queue.addPhoto({
      owner: OWNER,
      auditId: AUDIT,
      itemKey: 'cs-01',
      blob: new Blob([new Uint8Array(5)]),
      name: 'a.jpg',
    });
    await edit('cs-01', { kind: 'FAIL', score: null, note: '', photos: [{ localId: photo.localId }] });
    api.failNext = ['before'];
    await engine.sync();
    timers.runNext();
    await engine.idle();
    expect(api.uploads).toEqual(['a.jpg:5']);
    expect(api.saves.map((s) => s.photoFileIds)).toEqual([['file-1'], ['file-1']]);
  });

  it('a failed upload is retried before the answer is sent', async () => {
    const photo = await queue.addPhoto({
      owner: OWNER,
      auditId: AUDIT,
      itemKey: 'cs-01',
      blob: new Blob([new Uint8Array(7)]),
      name: 'b.jpg',
    });
    await edit('cs-01', { kind: 'FAIL', score: null, note: '', photos: [{ localId: photo.localId }] });
    api.failUploads = 1;
    await engine.sync();
    expect(api.saves).toEqual([]);
    timers.runNext();
    await engine.idle();
    expect(api.uploads).toEqual(['b.jpg:7']);
    expect(api.saves).toHaveLength(1);
  });

  it('later edits of an item build on the version its earlier edit got', async () => {
    const first = await edit('cs-01', score(2));
    await queue.update(first.seq, { sent: true }); // in flight when the second edit is made
    await edit('cs-01', score(4), 0);
    await engine.sync();
    expect(api.saves.map((s) => [s.score, s.expectedVersion])).toEqual([
      [2, 0],
      [4, 1],
    ]);
    expect(api.stored.get('cs-01')).toMatchObject({ score: 4, version: 2 });
  });

  it('an edit made while its item is in flight is sent after it, on the version it got', async () => {
    await edit('cs-01', score(2));
    const save = api.saveItem.bind(api);
    let edited = false;
    api.saveItem = async (input) => {
      if (!edited) {
        edited = true;
        await edit('cs-01', score(1)); // the auditor taps again while the first save is under way
      }
      return save(input);
    };
    await engine.sync();
    expect(api.saves.map((s) => [s.score, s.expectedVersion])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(api.stored.get('cs-01')).toMatchObject({ score: 1, version: 2 });
    expect(await queue.entries(OWNER)).toEqual([]);
  });

  it('an edit made after its item was saved builds on that version, even when the page still knows the old one', async () => {
    await edit('cs-01', score(2));
    await engine.sync();
    // The page has not heard of version 1 yet and sends 0 with the next edit.
    await edit('cs-01', score(3), 0);
    await engine.sync();
    expect(api.saves.map((s) => s.expectedVersion)).toEqual([0, 1]);
    expect(api.stored.get('cs-01')).toMatchObject({ score: 3, version: 2 });
  });

  it('parks a conflict with the other answer, goes on with the rest, and keeps mine on request', async () => {
    await edit('cs-01', pass('我的看法'));
    await edit('cs-02', pass());
    const theirs = api.otherAuditor('cs-01', { kind: 'FAIL', score: null, note: '他们的', photos: [] });

    await engine.sync();
    const [parked] = await queue.entries(OWNER);
    expect(parked).toMatchObject({ itemKey: 'cs-01', status: 'conflict', conflict: theirs });
    expect(api.stored.get('cs-02')?.version).toBe(1); // the rest of the queue went on
    expect(engine.getState()).toMatchObject({ phase: 'idle' });
    expect(engine.getState().pending.map((e) => e.status)).toEqual(['conflict']);

    // A later edit of the same item waits behind the conflict.
    await edit('cs-01', pass('再改一次'));
    await engine.sync();
    expect(api.saves.filter((s) => s.itemKey === 'cs-01')).toHaveLength(1);

    await engine.keepMine(parked!.seq);
    await engine.idle();
    const sent = api.saves.filter((s) => s.itemKey === 'cs-01');
    expect(sent[1]).toMatchObject({ expectedVersion: 1, note: '我的看法' });
    expect(sent[1]!.clientKey).not.toBe(sent[0]!.clientKey);
    expect(sent[2]).toMatchObject({ expectedVersion: 2, note: '再改一次' });
    expect(api.stored.get('cs-01')).toMatchObject({ version: 3, note: '再改一次' });
    expect(await queue.entries(OWNER)).toEqual([]);
  });

  it('takes theirs: the parked edit is dropped and nothing is sent for it', async () => {
    await edit('cs-01', pass());
    api.otherAuditor('cs-01', { kind: 'FAIL', score: null, note: '', photos: [] });
    await engine.sync();
    const [parked] = await queue.entries(OWNER);
    expect(parked?.status).toBe('conflict');

    await engine.discard(parked!.seq);
    expect(api.saves).toHaveLength(1);
    expect(await queue.entries(OWNER)).toEqual([]);
    expect(api.stored.get('cs-01')).toMatchObject({ kind: 'FAIL', version: 1 });
    // A later edit builds on the answer taken.
    await edit('cs-01', pass('补充'), 0);
    await engine.sync();
    expect(api.saves.at(-1)).toMatchObject({ expectedVersion: 1, note: '补充' });
    expect(api.stored.get('cs-01')).toMatchObject({ kind: 'PASS', version: 2 });
  });

  it('keeps a refused answer with its reason instead of dropping it', async () => {
    await edit('cs-01', pass());
    api.rejectWith = 'BAD_USER_INPUT';
    await engine.sync();
    const [kept] = await queue.entries(OWNER);
    expect(kept).toMatchObject({ status: 'rejected', rejectedCode: 'BAD_USER_INPUT' });
    expect(timers.due).toEqual([]); // not retried in a loop
  });
});

describe('the API transport', () => {
  it('reads the current answer of a CONFLICT as the API sends it', () => {
    expect(
      conflictAnswer({
        auditId: 'a1',
        itemKey: 'cl-2',
        kind: 'PASS',
        score: null,
        note: '垃圾满溢',
        photoFileIds: ['f1', 'f2'],
        version: 1,
        answeredBy: 'u1',
        answeredAt: '2028-02-29T08:00:00.000Z',
      }),
    ).toEqual({
      itemKey: 'cl-2',
      kind: 'PASS',
      score: null,
      note: '垃圾满溢',
      photos: [
        { id: 'f1', name: '' },
        { id: 'f2', name: '' },
      ],
      version: 1,
      answeredBy: 'u1',
      answeredAt: '2028-02-29T08:00:00.000Z',
    });
    expect(conflictAnswer(null)).toBeUndefined();
  });
});
