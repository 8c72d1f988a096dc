import { useEffect } from 'react';
import { useMatch } from 'react-router';
import { useClient } from 'urql';
import { useSession } from '../../app/session';
import { AnswerQueue } from './offline/queue';
import { SyncEngine } from './offline/syncEngine';
import { apiTransport } from './offline/transport';

/**
 * Sends answers and photos still waiting on this device from any page, not only from their audit's
 * form: an auditor who answered offline and then went on to other pages has them synced as soon as
 * the connection returns. The conduct page runs its own engine (showing the state), so this one
 * steps aside there; both claim an entry before sending it, so none is sent twice anyway.
 */
export function OutboxBackgroundSync() {
  const { me, company } = useSession();
  const client = useClient();
  const onConductPage = useMatch('/audits/:id/conduct') !== null;
  const owner = company ? `${me.id}@${company.id}` : null;

  useEffect(() => {
    if (!owner || onConductPage || typeof indexedDB === 'undefined') return;
    let cancelled = false;
    let queue: AnswerQueue | null = null;
    let engine: SyncEngine | null = null;
    void AnswerQueue.open()
      .then((opened) => {
        if (cancelled) return opened.close();
        queue = opened;
        engine = new SyncEngine({ queue: opened, transport: apiTransport(client), owner });
        return engine.sync();
      })
      // No IndexedDB (private mode): nothing can be waiting here either.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      engine?.stop();
      void engine?.idle().then(() => queue?.close());
    };
  }, [client, owner, onConductPage]);
  return null;
}
