import { describe, expect, it, vi } from 'vitest';
import { createSocketCloseHandler, REVOKED_CLOSE_CODE, type SessionCheck } from './socketClose';

const close = (code: number) => ({ code, reason: '', wasClean: true });

function setup(check: () => Promise<SessionCheck>) {
  const deps = { checkSession: vi.fn(check), signOut: vi.fn(), reconnect: vi.fn() };
  return { deps, handler: createSocketCloseHandler(deps) };
}

describe('createSocketCloseHandler', () => {
  it('retries ordinary closes (API restart, network) but not a 4403', () => {
    const { handler } = setup(async () => ({ status: 'valid' }));
    expect(handler.shouldRetry(close(1006))).toBe(true);
    expect(handler.shouldRetry(close(1001))).toBe(true);
    expect(handler.shouldRetry(new Error('socket error'))).toBe(true);
    expect(handler.shouldRetry(close(REVOKED_CLOSE_CODE))).toBe(false);
  });

  it('on 4403 with a revoked session, signs out with the server reason', async () => {
    const { deps, handler } = setup(async () => ({ status: 'signedOut', reason: 'COMPANY_SUSPENDED' }));
    await handler.closed(close(4403));
    expect(deps.checkSession).toHaveBeenCalledTimes(1);
    expect(deps.signOut).toHaveBeenCalledWith('COMPANY_SUSPENDED');
    expect(deps.reconnect).not.toHaveBeenCalled();
  });

  it('on 4403 with a session that still holds (memberships changed), reconnects with a fresh client', async () => {
    const { deps, handler } = setup(async () => ({ status: 'valid' }));
    await handler.closed(close(4403));
    expect(deps.reconnect).toHaveBeenCalledTimes(1);
    expect(deps.signOut).not.toHaveBeenCalled();
  });

  it('reconnects when the check itself fails (the next request decides)', async () => {
    const { deps, handler } = setup(async () => {
      throw new Error('offline');
    });
    await handler.closed(close(4403));
    expect(deps.reconnect).toHaveBeenCalledTimes(1);
    expect(deps.signOut).not.toHaveBeenCalled();
  });

  it('ignores other closes and checks once however many 4403s arrive', async () => {
    let answer!: (r: SessionCheck) => void;
    const { deps, handler } = setup(() => new Promise<SessionCheck>((r) => (answer = r)));
    await handler.closed(close(1000));
    await handler.closed(close(1006));
    expect(deps.checkSession).not.toHaveBeenCalled();

    const first = handler.closed(close(4403));
    const second = handler.closed(close(4403));
    answer({ status: 'signedOut', reason: null });
    await Promise.all([first, second]);
    expect(deps.checkSession).toHaveBeenCalledTimes(1);
    expect(deps.signOut).toHaveBeenCalledTimes(1);
    expect(deps.signOut).toHaveBeenCalledWith(null);
  });
});
