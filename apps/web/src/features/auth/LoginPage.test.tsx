import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../app/auth';
import { renderWithProviders } from '../../test/render';
import { LoginPage } from './LoginPage';

function answerWith(body: unknown) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('邮箱'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登 录' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('LoginPage', () => {
  it.each([
    ['UNAUTHENTICATED', {}, '邮箱或密码错误'],
    ['TOO_MANY_REQUESTS', {}, '尝试次数过多，账户已锁定 15 分钟'],
    ['TOO_MANY_REQUESTS', { retryAfter: 42 }, '尝试次数过多，请 42 秒后再试'],
    ['TOO_MANY_REQUESTS', { retryAfter: 900 }, '尝试次数过多，请 15 分钟后再试'],
  ])('explains %s %o in Chinese', async (code, extra, text) => {
    const fetch = answerWith({ data: null, errors: [{ message: 'nope', extensions: { code, ...extra } }] });
    renderWithProviders(
      <AuthProvider>
        <LoginPage />
      </AuthProvider>,
      { route: '/login' },
    );
    await signIn('admin@anju.demo', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent).toContain(text);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(localStorage.getItem('anju.token')).toBeNull();
  });

  it('stores the token on success', async () => {
    answerWith({
      data: {
        login: {
          __typename: 'AuthPayload',
          token: 'tok-1',
          expiresAt: '2030-01-01T00:00:00Z',
          user: { __typename: 'User', id: 'u1', name: '张三' },
        },
      },
    });
    renderWithProviders(
      <AuthProvider>
        <LoginPage />
      </AuthProvider>,
      { route: '/login' },
    );
    await signIn('admin@anju.demo', 'demo12345');
    await vi.waitFor(() => expect(localStorage.getItem('anju.token')).toBe('tok-1'));
  });
});
