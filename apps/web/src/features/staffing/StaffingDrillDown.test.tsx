import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../app/i18n';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
import { StaffingDrillDown } from './StaffingDrillDown';

afterEach(() => vi.unstubAllGlobals());

const person = (over: Record<string, unknown>) => ({
  __typename: 'StaffingIndicatorRow',
  staffId: null,
  staffName: null,
  positionId: 'p1',
  positionName: 'Guard',
  counted: true,
  reason: 'CERTIFIED',
  course: null,
  trainedOn: null,
  certificateKind: 'SECURITY_GUARD',
  expiresOn: '2031-01-01',
  ...over,
});

const drill = (month: string, rows: unknown[], over: Record<string, unknown> = {}) => ({
  data: {
    staffingIndicatorDrillDown: {
      __typename: 'StaffingIndicatorDrillDown',
      estateId: 'e1',
      indicatorCode: 'certified_on_duty',
      month,
      numerator: 1,
      denominator: 2,
      value: 50,
      namesHidden: false,
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
  const sent = fakeApi({ StaffingIndicatorDrillDown: answer });
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  const view = renderWithProviders(
    <Provider value={client}>
      <StaffingDrillDown estateId="e1" {...props} />
    </Provider>,
    { lang },
  );
  return { sent, ...view };
}

describe('StaffingDrillDown', () => {
  it('renders nothing for an indicator not computed from staff records', () => {
    const { sent, container } = renderDrill(
      { indicatorCode: 'house_intact', period: '2030-Q1', lastMonth: '2030-03' },
      null,
    );
    expect(container.querySelector('[data-testid="staffing-drill-down"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('lists a quarter’s last month first, those not counted on top, and lets another month be chosen', async () => {
    const { sent } = renderDrill(
      { indicatorCode: 'certified_on_duty', period: '2030-Q1', lastMonth: '2030-03' },
      drill('2030-03', [
        person({ staffId: 's1', staffName: '曹华' }),
        person({
          staffId: 's2',
          staffName: '尹鹏',
          counted: false,
          reason: 'EXPIRED',
          expiresOn: '2030-03-20',
        }),
      ]),
    );
    const box = await screen.findByTestId('staffing-drill-down');
    await within(box).findByText('尹鹏');
    expect(sent[0]?.variables).toEqual({
      estateId: 'e1',
      indicatorCode: 'certified_on_duty',
      month: '2030-03',
    });
    const rows = within(box).getAllByTestId('staffing-drill-row');
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['尹鹏', '曹华']);
    expect(within(rows[0]!).getByText('不计入')).toBeTruthy();
    expect(within(rows[0]!).getByText('证书已过期')).toBeTruthy();
    expect(within(rows[0]!).getByText('保安员证')).toBeTruthy();
    expect(within(rows[0]!).getByText('有效期至 2030-03-20')).toBeTruthy();
    expect(within(rows[1]!).getByText('计入')).toBeTruthy();
    expect(within(box).getByTestId('staffing-drill-figure').textContent).toBe('1 / 2 = 50%');

    fireEvent.mouseDown(within(box).getByRole('combobox', { name: '月份' }));
    fireEvent.click(await screen.findByTitle('2030年1月'));
    await waitFor(() => expect(sent.at(-1)?.variables).toMatchObject({ month: '2030-01' }));
  });

  it('shows the hidden text in place of names, and training records with their course', async () => {
    renderDrill(
      { indicatorCode: 'training_pass', period: '2030-02', lastMonth: '2030-03' },
      drill(
        '2030-02',
        [
          person({
            positionName: 'Estate manager',
            reason: 'FAILED',
            counted: false,
            certificateKind: null,
            expiresOn: null,
            course: 'Contract law',
            trainedOn: '2030-02-11',
          }),
        ],
        { indicatorCode: 'training_pass', namesHidden: true, numerator: 0, denominator: 1, value: 0 },
      ),
      'en-US',
    );
    const box = await screen.findByTestId('staffing-drill-down');
    const row = await within(box).findByTestId('staffing-drill-row');
    expect(within(row).getByText('(name hidden)')).toBeTruthy();
    expect(within(row).getByText('Contract law')).toBeTruthy();
    expect(within(row).getByText('2030-02-11')).toBeTruthy();
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(within(row).getByText('Not counted')).toBeTruthy();
    // A single month: no month picker.
    expect(within(box).queryByRole('combobox')).toBeNull();
    expect(chineseIn(box)).toEqual([]);
  });

  it('says so when nobody was counted that month', async () => {
    renderDrill(
      { indicatorCode: 'training_pass', period: '2030-03', lastMonth: '2030-03' },
      drill('2030-03', [], { numerator: null, denominator: null, value: null }),
    );
    expect(await screen.findByText('该月没有可统计的人员')).toBeTruthy();
  });
});
