import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { CompanySwitcher } from './CompanySwitcher';

const ANJU = { __typename: 'Company', id: 'c-anju', name: '安居物业' };
const HUATING = { __typename: 'Company', id: 'c-huating', name: '华庭物业' };

function renderSwitcher(onSwitched = vi.fn()) {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  renderWithProviders(
    <Provider value={client}>
      <CompanySwitcher currentId={ANJU.id} compact={false} onSwitched={onSwitched} />
    </Provider>,
  );
  return onSwitched;
}

/** Every answer the fake API gave so far has been read. */
async function answered() {
  const results = (fetch as unknown as ReturnType<typeof vi.fn>).mock.results;
  await Promise.all(results.map((r) => r.value));
}

afterEach(() => vi.unstubAllGlobals());

describe('CompanySwitcher', () => {
  it('is not shown to a person of one company without invitations', async () => {
    const sent = fakeApi({
      MyCompanies: { data: { myCompanies: [ANJU] } },
      MyInvitations: { data: { myInvitations: [] } },
    });
    renderSwitcher();
    await waitFor(() =>
      expect(sent.map((s) => s.operationName).sort()).toEqual(['MyCompanies', 'MyInvitations']),
    );
    // Both answers arrived and rendered: still nothing to switch to.
    await act(() => answered());
    expect(screen.queryByTestId('company-switcher')).toBeNull();
  });

  it('lists both companies and switches to the other one with the new token', async () => {
    const sent = fakeApi({
      MyCompanies: { data: { myCompanies: [ANJU, HUATING] } },
      MyInvitations: { data: { myInvitations: [] } },
      SwitchCompany: {
        data: { switchCompany: { __typename: 'AuthPayload', token: 'new-token-of-huating' } },
      },
    });
    const onSwitched = renderSwitcher();
    fireEvent.click(await screen.findByTestId('company-switcher'));
    expect(await screen.findByText('安居物业')).toBeTruthy();
    fireEvent.click(await screen.findByText('华庭物业'));
    await waitFor(() => expect(onSwitched).toHaveBeenCalledWith('new-token-of-huating'));
    expect(sent.find((s) => s.operationName === 'SwitchCompany')?.variables).toEqual({
      input: { companyId: HUATING.id },
    });
  });

  it('does not switch when the current company is picked', async () => {
    const sent = fakeApi({
      MyCompanies: { data: { myCompanies: [ANJU, HUATING] } },
      MyInvitations: { data: { myInvitations: [] } },
    });
    const onSwitched = renderSwitcher();
    fireEvent.click(await screen.findByTestId('company-switcher'));
    fireEvent.click(await screen.findByText('安居物业'));
    await act(() => answered());
    expect(sent.some((s) => s.operationName === 'SwitchCompany')).toBe(false);
    expect(onSwitched).not.toHaveBeenCalled();
  });

  it('shows an invitation and accepts it after confirmation', async () => {
    const sent = fakeApi({
      MyCompanies: { data: { myCompanies: [ANJU] } },
      MyInvitations: {
        data: {
          myInvitations: [
            {
              __typename: 'CompanyInvitation',
              id: 'inv-1',
              companyId: HUATING.id,
              companyName: HUATING.name,
              roles: ['QUALITY_AUDITOR'],
              expiresAt: '2030-01-01T00:00:00Z',
            },
          ],
        },
      },
      AcceptCompanyInvitation: { data: { acceptCompanyInvitation: [ANJU, HUATING] } },
    });
    renderSwitcher();
    fireEvent.click(await screen.findByTestId('company-switcher'));
    fireEvent.click(await screen.findByText('华庭物业 邀请您加入'));
    expect(await screen.findByText(/品质专员/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: '接受邀请' }));
    await waitFor(() =>
      expect(sent.find((s) => s.operationName === 'AcceptCompanyInvitation')?.variables).toEqual({
        input: { invitationId: 'inv-1' },
      }),
    );
  });
});
