import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { figuresToSave, type MonthlyFormData, placeProblems } from './figureForm';
import { MonthlyFormEditor } from './MonthlyFormEditor';

type Item = MonthlyFormData['items'][number];

function indicator(
  code: string,
  nameZh: string,
  num: string,
  den: string | null,
  extra: Partial<Item['indicator']> = {},
) {
  return {
    code,
    nameZh,
    nameEn: code,
    unit: den ? ('PERCENT' as const) : ('COUNT' as const),
    direction: den ? ('AT_LEAST' as const) : ('ZERO' as const),
    measurement: 'FACILITY_CHECK' as const,
    aggregation: den ? ('RATIO' as const) : ('SUM' as const),
    numeratorLabel: num,
    denominatorLabel: den,
    descriptionZh: den ? `${num} / ${den}` : num,
    builtIn: true,
    retired: false,
    computed: false,
    presetA: null,
    presetB: null,
    ...extra,
  };
}

function figure(
  code: string,
  state: 'DRAFT' | 'APPROVED' | 'SUBMITTED',
  numerator: number,
  denominator: number | null,
) {
  return {
    id: `f-${code}`,
    estateId: 'e1',
    indicatorCode: code,
    month: '2026-10',
    revision: 1,
    numerator,
    denominator,
    value: denominator ? Math.round((numerator / denominator) * 10000) / 100 : numerator,
    source: 'REPORTED' as const,
    state,
    effective: state === 'APPROVED',
    note: null,
    rejectReason: null,
    correctionReason: null,
    submittedAt: null,
    decidedAt: null,
    updatedAt: '2026-11-02T08:00:00Z',
  };
}

const target = { op: 'AT_LEAST' as const, value: 98, label: '≥98%' };

const form: MonthlyFormData = {
  estateId: 'e1',
  estateName: '翠湖苑',
  month: '2026-10',
  state: 'DRAFT',
  rejectReason: null,
  items: [
    // Approved and locked: not sent, even though it comes first.
    {
      indicator: indicator('equipment_intact', '大型及重要机电设备完好率', '完好设备数', '检查设备数'),
      figure: figure('equipment_intact', 'APPROVED', 99, 100),
      effective: figure('equipment_intact', 'APPROVED', 99, 100),
      target,
      judgement: 'MET',
    },
    {
      indicator: indicator('house_intact', '房屋完好率', '完好房屋数', '检查房屋数'),
      figure: null,
      effective: null,
      target,
      judgement: 'NO_DATA',
    },
    {
      indicator: indicator('audit_score', '品质检查得分率', '得分', '适用项满分', { computed: true }),
      figure: null,
      effective: null,
      target: null,
      judgement: 'NO_TARGET',
    },
    {
      indicator: indicator('fire_count', '火灾发生率（管理原因）', '因管理原因造成的火灾次数', null),
      figure: null,
      effective: null,
      target: { op: 'EQUALS', value: 0, label: '0' },
      judgement: 'NO_DATA',
    },
    {
      indicator: indicator('repair_timely', '房屋零修、急修及时率', '按时完成工单', '完成工单'),
      figure: figure('repair_timely', 'DRAFT', 40, 50),
      effective: null,
      target,
      judgement: 'MISSED',
    },
  ],
};

function fakeApi(answers: Record<string, unknown>) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as {
        operationName: string;
        variables: Record<string, unknown>;
      };
      sent.push(body);
      return new Response(JSON.stringify(answers[body.operationName] ?? { data: null }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

function line(name: string) {
  return screen.getByRole('group', { name });
}

/** The input of a line's Form.Item labelled `label`, and the item itself. */
function field(group: HTMLElement, label: string) {
  const input = within(group).getByLabelText(label) as HTMLInputElement;
  return { input, item: input.closest('.ant-form-item') as HTMLElement };
}

describe('monthly form', () => {
  it('sends only the lines that can be typed into, in form order', () => {
    const { figures, codes } = figuresToSave(form.items, {
      lines: {
        house_intact: { numerator: 120, denominator: 100 },
        fire_count: { numerator: 0 },
        repair_timely: { numerator: 40, denominator: 50 },
        equipment_intact: { numerator: 1, denominator: 1 },
      },
    });
    expect(codes).toEqual(['house_intact', 'fire_count', 'repair_timely']);
    expect(figures[1]).toEqual({ indicatorCode: 'fire_count', numerator: 0, denominator: null, note: null });
  });

  it('maps figure indexes back to indicator codes; other problems stay unplaced', () => {
    const { placed, unplaced } = placeProblems(
      [
        { path: ['figures', 1, 'denominator'], reason: 'REQUIRED', message: 'x' },
        { path: ['figures', 0], reason: 'LOCKED', message: 'y' },
        { path: ['month'], reason: 'FUTURE', message: 'z' },
      ],
      ['house_intact', 'repair_timely'],
    );
    expect(placed.map((p) => p.name)).toEqual([
      ['lines', 'repair_timely', 'denominator'],
      ['lines', 'house_intact', 'numerator'],
    ]);
    expect(unplaced.map((p) => p.reason)).toEqual(['FUTURE']);
  });

  it('puts each server error on the input of its own line', async () => {
    const sent = fakeApi({
      SaveMonthlyFigures: {
        data: null,
        errors: [
          {
            message: '提交的内容有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                // figures[0] is house_intact (the approved line before it is not sent).
                {
                  path: ['figures', 0, 'numerator'],
                  reason: 'EXCEEDS_DENOMINATOR',
                  message: '完好房屋数不能大于检查房屋数',
                },
                // figures[1] is repair_timely: the computed and untouched lines are skipped.
                { path: ['figures', 1, 'denominator'], reason: 'NEGATIVE', message: '不能为负数' },
              ],
            },
          },
        ],
      },
    });
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    renderWithProviders(
      <Provider value={client}>
        <MonthlyFormEditor data={form} canEdit canSubmit />
      </Provider>,
    );

    // The computed line is read-only and tagged; the approved line is locked with 更正.
    expect(within(line('品质检查得分率')).getByText('系统计算')).toBeTruthy();
    expect(within(line('品质检查得分率')).queryByRole('spinbutton')).toBeNull();
    expect(within(line('大型及重要机电设备完好率')).getByRole('button', { name: /更\s*正/ })).toBeTruthy();

    const house = line('房屋完好率');
    fireEvent.change(field(house, '完好房屋数').input, { target: { value: '120' } });
    fireEvent.change(field(house, '检查房屋数').input, { target: { value: '100' } });
    // Live: the value is computed as typed and flagged before anything is sent.
    await waitFor(() => expect(within(house).getByTestId('value-house_intact').textContent).toBe('120%'));
    expect(within(house).getByText('完好房屋数不能大于检查房屋数')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));

    const numeratorItem = field(house, '完好房屋数').item;
    await waitFor(() =>
      expect(numeratorItem.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        '完好房屋数不能大于检查房屋数',
      ),
    );
    expect(field(house, '检查房屋数').item.querySelector('.ant-form-item-explain-error')).toBeNull();
    const repairDen = field(line('房屋零修、急修及时率'), '完成工单').item;
    expect(repairDen.querySelector('.ant-form-item-explain-error')?.textContent).toBe('不能为负数');
    expect(
      field(line('房屋零修、急修及时率'), '按时完成工单').item.querySelector('.ant-form-item-explain-error'),
    ).toBeNull();

    const save = sent.find((s) => s.operationName === 'SaveMonthlyFigures');
    const input = save?.variables.input as {
      figures: { indicatorCode: string }[];
      estateId: string;
      month: string;
    };
    expect(input.estateId).toBe('e1');
    expect(input.month).toBe('2026-10');
    expect(input.figures.map((f) => f.indicatorCode)).toEqual(['house_intact', 'repair_timely']);
    expect(screen.getByTestId('form-error').textContent).toContain('2 处需要修改');
  });
});
