import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formItemByLabel, renderWithProviders } from '../../test/render';
import { CreateUserModal } from './CreateUserModal';

afterEach(() => vi.unstubAllGlobals());

describe('CreateUserModal', () => {
  it('checks the account fields with the domain schema, in English, before calling the API', async () => {
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        sent.push((JSON.parse(String(init.body)) as { operationName: string }).operationName);
        return new Response(JSON.stringify({ data: null }), {
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    renderWithProviders(
      <Provider value={client}>
        <CreateUserModal onClose={() => {}} onCreated={() => {}} />
      </Provider>,
      { lang: 'en-US' },
    );
    const dialog = await screen.findByRole('dialog');
    const input = (label: string) => formItemByLabel(dialog, label).querySelector('input')!;
    fireEvent.change(input('Email'), { target: { value: 'not-an-address' } });
    fireEvent.change(input('Mobile'), { target: { value: 'call me' } });
    fireEvent.change(input('Initial password'), { target: { value: 'short' } });

    await waitFor(() => expect(formItemByLabel(dialog, 'Email').textContent).toContain('Email is not valid'));
    await waitFor(() =>
      expect(formItemByLabel(dialog, 'Mobile').textContent).toContain('Mobile is not valid'),
    );
    await waitFor(() =>
      expect(formItemByLabel(dialog, 'Initial password').textContent).toContain(
        'Initial password must be at least 8 characters',
      ),
    );
    expect(sent.filter((op) => op === 'CreateUser')).toEqual([]);
  });
});
