import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../app/auth';
import { formItemByLabel, renderWithProviders } from '../../test/render';
import { InvitePage } from './InvitePage';
import { LoginPage } from './LoginPage';

function answerWith(body: unknown) {
  const fetch = vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function sentInput(fetch: ReturnType<typeof answerWith>) {
  const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  return (JSON.parse(String(init.body)) as { variables: { input: unknown } }).variables.input;
}

function renderAt(route: string) {
  return renderWithProviders(
    <AuthProvider>
      <Routes>
        <Route path="/invite" element={<InvitePage />} />
        <Route path="/login" element={<LoginPage />} />
        <Route path="/" element={<div>首页已打开</div>} />
      </Routes>
    </AuthProvider>,
    { route },
  );
}

function fill({ code, password, confirm }: { code?: string; password: string; confirm: string }) {
  if (code !== undefined) fireEvent.change(screen.getByLabelText('邀请码'), { target: { value: code } });
  fireEvent.change(screen.getByLabelText('新密码'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('确认密码'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: '设置密码并登录' }));
}

afterEach(() => vi.unstubAllGlobals());

describe('InvitePage', () => {
  it('refuses mismatched or short passwords before calling the API', async () => {
    const fetch = answerWith({ data: null });
    const { container } = renderAt('/invite');
    fill({ code: 'inv-code', password: 'secret-123', confirm: 'secret-124' });
    await screen.findByText('两次输入的密码不一致');
    expect(formItemByLabel(container, '确认密码').textContent).toContain('两次输入的密码不一致');

    fill({ password: 'short', confirm: 'short' });
    await screen.findByText('密码至少 8 位');
    expect(formItemByLabel(container, '新密码').textContent).toContain('密码至少 8 位');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains NOT_FOUND in Chinese', async () => {
    const fetch = answerWith({
      data: null,
      errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND' } }],
    });
    renderAt('/invite');
    fill({ code: ' stale-code ', password: 'secret-123', confirm: 'secret-123' });
    expect((await screen.findByRole('alert')).textContent).toContain('邀请码无效或已过期');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sentInput(fetch)).toEqual({ token: 'stale-code', password: 'secret-123' });
    expect(localStorage.getItem('anju.token')).toBeNull();
  });

  it('puts a BAD_USER_INPUT password problem on the password field', async () => {
    answerWith({
      data: null,
      errors: [
        {
          message: 'bad input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: ['password'], reason: 'INVALID', message: '密码过于简单' }],
          },
        },
      ],
    });
    const { container } = renderAt('/invite?code=abc');
    fill({ password: '12345678', confirm: '12345678' });
    await screen.findByText('新密码格式不正确');
    expect(formItemByLabel(container, '新密码').textContent).toContain('新密码格式不正确');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the code from the link, stores the token and opens the home page', async () => {
    const fetch = answerWith({
      data: {
        acceptInvitation: {
          __typename: 'AuthPayload',
          token: 'tok-invited',
          expiresAt: '2030-01-01T00:00:00Z',
          user: { __typename: 'User', id: 'u9', name: '李四' },
        },
      },
    });
    renderAt('/invite?code=abc_DEF-123');
    expect((screen.getByLabelText('邀请码') as HTMLInputElement).value).toBe('abc_DEF-123');
    fill({ password: 'secret-123', confirm: 'secret-123' });
    await screen.findByText('首页已打开');
    expect(localStorage.getItem('anju.token')).toBe('tok-invited');
    expect(sentInput(fetch)).toEqual({ token: 'abc_DEF-123', password: 'secret-123' });
  });

  it('links to and from the sign-in page', async () => {
    renderAt('/login');
    fireEvent.click(screen.getByRole('link', { name: '收到邀请码？设置密码' }));
    await screen.findByRole('button', { name: '设置密码并登录' });
    fireEvent.click(screen.getByRole('link', { name: '已有账号？返回登录' }));
    await screen.findByRole('button', { name: '登 录' });
  });

  it('turns to the existing-account form on WRONG_PASSWORD and accepts with the account’s own password', async () => {
    const wrong = {
      data: null,
      errors: [
        {
          message: 'wrong',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: ['password'], reason: 'WRONG_PASSWORD', message: '密码不正确' }],
          },
        },
      ],
    };
    const accepted = {
      data: {
        acceptInvitation: {
          __typename: 'AuthPayload',
          token: 'token-of-the-existing-account',
          expiresAt: '2030-01-01T00:00:00Z',
          user: { __typename: 'User', id: 'u1', name: '王小明' },
        },
      },
    };
    const answers = [wrong, accepted];
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify(answers.shift()), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    const { container } = renderAt('/invite?code=code-for-an-account');
    fill({ password: 'a-new-password', confirm: 'a-new-password' });
    // The page now asks for the existing password (no confirmation), and says why.
    const item = await screen.findByText('现有账户密码');
    expect(item).toBeTruthy();
    expect(formItemByLabel(container, '现有账户密码').textContent).toContain('该邮箱已有账户');
    expect(screen.queryByLabelText('确认密码')).toBeNull();

    fireEvent.change(screen.getByLabelText('现有账户密码'), { target: { value: 'my-own-password' } });
    fireEvent.click(screen.getByRole('button', { name: '接受邀请并登录' }));
    expect(await screen.findByText('首页已打开')).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
    const [, init] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect((JSON.parse(String(init.body)) as { variables: { input: unknown } }).variables.input).toEqual({
      token: 'code-for-an-account',
      password: 'my-own-password',
    });
    expect(localStorage.getItem('anju.token')).toBe('token-of-the-existing-account');
  });
});
