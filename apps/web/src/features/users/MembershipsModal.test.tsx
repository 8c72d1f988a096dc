import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { MembershipsModal } from './MembershipsModal';
import type { UserRow } from './memberships';

const estate = { __typename: 'Estate', id: 'e1', name: '翠湖苑', code: 'HZ-CHY' };
const user: UserRow = {
  id: 'u7',
  name: '陈项目',
  email: 'manager@anju.demo',
  phone: null,
  status: 'ACTIVE',
  lastLoginAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  memberships: [
    {
      id: 'm1',
      role: 'ESTATE_MANAGER',
      scopeKind: 'ESTATES',
      regionId: null,
      region: null,
      estateIds: ['e1'],
      estates: [{ id: 'e1', name: '翠湖苑' }],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('MembershipsModal', () => {
  it('shows a server problem at memberships.0.estateIds on that row’s estate field', async () => {
    const sent = fakeApi({
      RegionOptions: { data: { regions: [] } },
      EstateOptions: {
        data: {
          estates: { __typename: 'EstateConnection', edges: [{ __typename: 'EstateEdge', node: estate }] },
        },
      },
      SetMemberships: {
        data: null,
        errors: [
          {
            message: '该小区已归档',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                {
                  path: ['memberships', 0, 'estateIds'],
                  reason: 'ARCHIVED',
                  message: '该小区已归档，不能分配',
                },
              ],
            },
          },
        ],
      },
    });
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    const onClose = vi.fn();
    renderWithProviders(
      <Provider value={client}>
        <MembershipsModal user={user} onClose={onClose} />
      </Provider>,
    );

    fireEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));

    const message = await screen.findByText('小区已归档');
    expect(message.closest('.ant-form-item')?.textContent).toContain('小区');
    const mutation = sent.find((s) => s.operationName === 'SetMemberships');
    expect(mutation?.variables).toEqual({
      input: { userId: 'u7', memberships: [{ role: 'ESTATE_MANAGER', estateIds: ['e1'] }] },
    });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('refuses an estate role without estates before calling the API', async () => {
    const sent = fakeApi({
      RegionOptions: { data: { regions: [] } },
      EstateOptions: { data: { estates: { edges: [] } } },
    });
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    const empty = { ...user, memberships: [{ ...user.memberships[0]!, estateIds: [], estates: [] }] };
    renderWithProviders(
      <Provider value={client}>
        <MembershipsModal user={empty} onClose={() => {}} />
      </Provider>,
    );

    fireEvent.click(await screen.findByRole('button', { name: /保\s*存/ }));

    await screen.findByText('请填写小区');
    await waitFor(() => expect(sent.some((s) => s.operationName === 'SetMemberships')).toBe(false));
  });
});
