import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../app/i18n';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
import { WorkOrderDrillDown } from './WorkOrderDrillDown';

afterEach(() => vi.unstubAllGlobals());

const order = (over: Record<string, unknown>) => ({
  __typename: 'WorkOrderIndicatorRow',
  workOrderId: 'w1',
  number: 1,
  locationKind: 'UNIT',
  location: '3栋801',
  category: 'PLUMBING_ELECTRICAL',
  kind: 'MINOR',
  channel: 'QR_CODE',
  reportedAt: '2030-03-04T01:00:00.000Z',
  completedAt: '2030-03-04T03:00:00.000Z',
  counted: true,
  reason: 'ON_TIME',
  reworkOfNumber: null,
  ...over,
});

const drill = (month: string, rows: unknown[], over: Record<string, unknown> = {}) => ({
  data: {
    workOrderIndicatorDrillDown: {
      __typename: 'WorkOrderIndicatorDrillDown',
      estateId: 'e1',
      indicatorCode: 'repair_timely',
      month,
      numerator: 1,
      denominator: 2,
      value: 50,
      unitsHidden: false,
      rows,
      ...over,
    },
  },
});

function renderDrill(
  props: { indicatorCode: string; period: string; lastMonth: string },
  answer: unknown,
  lang: Language = 'zh-CN',
) {
  const sent = fakeApi({ WorkOrderIndicatorDrillDown: answer });
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  const view = renderWithProviders(
    <Provider value={client}>
      <WorkOrderDrillDown estateId="e1" {...props} />
    </Provider>,
    { lang },
  );
  return { sent, ...view };
}

describe('WorkOrderDrillDown', () => {
  it('renders nothing for an indicator not computed from work orders', () => {
    const { sent, container } = renderDrill(
      { indicatorCode: 'fee_collection', period: '2030-Q1', lastMonth: '2030-03' },
      null,
    );
    expect(container.querySelector('[data-testid="work-order-drill-down"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('lists a quarter’s last month first, late orders on top with why, and lets another month be chosen', async () => {
    const { sent } = renderDrill(
      { indicatorCode: 'repair_timely', period: '2030-Q1', lastMonth: '2030-03' },
      drill('2030-03', [
        order({ number: 7 }),
        order({
          number: 8,
          location: '2号楼电梯厅',
          locationKind: 'PUBLIC_AREA',
          counted: false,
          reason: 'LATE_ARRIVAL',
          reworkOfNumber: 7,
        }),
      ]),
    );
    const box = await screen.findByTestId('work-order-drill-down');
    await within(box).findByText('2号楼电梯厅');
    expect(sent[0]?.variables).toEqual({ estateId: 'e1', indicatorCode: 'repair_timely', month: '2030-03' });
    const rows = within(box).getAllByTestId('work-order-drill-row');
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['#8', '#7']);
    expect(within(rows[0]!).getByText('未计入')).toBeTruthy();
    expect(within(rows[0]!).getByText('到场超时')).toBeTruthy();
    expect(within(rows[0]!).getByText('返修自第 7 号')).toBeTruthy();
    expect(within(rows[1]!).getByText('各环节均按时')).toBeTruthy();
    expect(within(box).getByTestId('work-order-drill-figure').textContent).toBe('1 / 2 = 50%');

    fireEvent.mouseDown(within(box).getByRole('combobox', { name: '月份' }));
    fireEvent.click(await screen.findByTitle('2030年1月'));
    await waitFor(() => expect(sent.at(-1)?.variables).toMatchObject({ month: '2030-01' }));
  });

  it('withholds residents’ units where the caller may not read them, in English', async () => {
    renderDrill(
      { indicatorCode: 'repair_callback', period: '2030-02', lastMonth: '2030-03' },
      drill('2030-02', [order({ location: null, counted: false, reason: 'NOT_CALLED_BACK' })], {
        indicatorCode: 'repair_callback',
        unitsHidden: true,
        numerator: 0,
        denominator: 1,
        value: 0,
      }),
      'en-US',
    );
    const box = await screen.findByTestId('work-order-drill-down');
    const row = await within(box).findByTestId('work-order-drill-row');
    expect(within(row).getByText('Unit withheld')).toBeTruthy();
    expect(within(row).getByText('Not called back')).toBeTruthy();
    expect(
      within(box).getByText('Residents’ units are withheld (no access to residents’ data)'),
    ).toBeTruthy();
    expect(within(box).queryByRole('combobox')).toBeNull();
    expect(chineseIn(box)).toEqual([]);
  });
});
