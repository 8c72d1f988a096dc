import { act, fireEvent, screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test/render';
import { AuthProvider } from './auth';
import { TOKEN_KEY } from './token';
import { LOGOUT_WAIT_MS, useSignOut } from './useSignOut';

function SignOutButton() {
  const signOut = useSignOut();
  const { pathname } = useLocation();
  return (
    <button type="button" onClick={() => void signOut()}>
      at {pathname}
    </button>
  );
}

/** The API receives requests and answers none, as a stalled server would. */
function stallingApi() {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit = {}) => {
      sent.push((JSON.parse(String(init.body)) as { operationName: string }).operationName);
      return new Promise<Response>(() => {});
    }),
  );
  return sent;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useSignOut', () => {
  it('signs out locally when the server does not answer the logout in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const sent = stallingApi();
    localStorage.setItem(TOKEN_KEY, 'a-session-token');
    renderWithProviders(
      <AuthProvider>
        <SignOutButton />
      </AuthProvider>,
      { route: '/estates' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'at /estates' }));
    await act(() => vi.advanceTimersByTimeAsync(LOGOUT_WAIT_MS - 100));
    expect(sent).toEqual(['Logout']);
    // Still waiting for the server: signed in, same page.
    expect(localStorage.getItem(TOKEN_KEY)).toBe('a-session-token');
    expect(screen.getByRole('button', { name: 'at /estates' })).toBeTruthy();

    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(localStorage.getItem(TOKEN_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'at /login' })).toBeTruthy();
  });
});
