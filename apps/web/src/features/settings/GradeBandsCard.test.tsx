import { DEFAULT_GRADE_BANDS } from '@anju/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { GradeBandsCard } from './GradeBandsCard';

const bands = (list: readonly object[]) => ({
  data: { auditGradeBands: list.map((b) => ({ __typename: 'AuditGradeBand', ...b })) },
});

function renderCard() {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  return renderWithProviders(
    <Provider value={client}>
      <GradeBandsCard />
    </Provider>,
    { route: '/settings' },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('GradeBandsCard', () => {
  it('shows the bands and saves changed minimums', async () => {
    const changed = DEFAULT_GRADE_BANDS.map((b) =>
      b.grade === DEFAULT_GRADE_BANDS[0]!.grade ? { ...b, min: 95 } : { ...b },
    );
    const sent = fakeApi({
      AuditGradeBands: bands(DEFAULT_GRADE_BANDS),
      UpdateAuditGradeBands: { data: { updateAuditGradeBands: bands(changed).data.auditGradeBands } },
    });
    renderCard();
    const rows = await screen.findAllByTestId('grade-band');
    expect(rows).toHaveLength(DEFAULT_GRADE_BANDS.length);
    const min = within(rows[0]!).getByRole('spinbutton', { name: '最低分（%）' });
    fireEvent.change(min, { target: { value: '95' } });
    fireEvent.blur(min);
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent.filter((s) => s.operationName === 'UpdateAuditGradeBands').map((s) => s.variables)).toEqual(
        [{ input: { bands: changed } }],
      ),
    );
    expect(await screen.findByText('检查等级已保存')).toBeTruthy();
  });

  it('checks the order before sending: a minimum not below the band above is marked', async () => {
    const sent = fakeApi({ AuditGradeBands: bands(DEFAULT_GRADE_BANDS) });
    renderCard();
    const rows = await screen.findAllByTestId('grade-band');
    const min = within(rows[1]!).getByRole('spinbutton', { name: '最低分（%）' });
    fireEvent.change(min, { target: { value: '99' } });
    fireEvent.blur(min);
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await within(rows[1]!).findByText('最低分（%）格式不正确')).toBeTruthy();
    expect(sent.filter((s) => s.operationName === 'UpdateAuditGradeBands')).toEqual([]);
  });
});
