import { builtInIndicator } from '@anju/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Link } from 'react-router';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseIn, fakeApi, renderWithProviders } from '../../test/render';
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
    version: 3,
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
      indicator: indicator('audit_score', '品质检查得分率', '得分', '适用项满分', {
        computed: true,
        measurement: 'AUDIT' as const,
      }),
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
    // A line with a draft on file says which revision and version it was typed over.
    expect(figures[2]).toEqual({
      indicatorCode: 'repair_timely',
      numerator: 40,
      denominator: 50,
      note: null,
      revision: 1,
      version: 3,
    });
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
    // Tagged with where it comes from: the audits.
    expect(within(line('品质检查得分率')).getByText('系统计算 · 品质检查')).toBeTruthy();
    expect(within(line('品质检查得分率')).queryByRole('spinbutton')).toBeNull();
    expect(within(line('大型及重要机电设备完好率')).getByRole('button', { name: /更\s*正/ })).toBeTruthy();

    const house = line('房屋完好率');
    // Figures that pass the form's own checks; the (fake) server refuses them anyway.
    fireEvent.change(field(house, '完好房屋数').input, { target: { value: '99' } });
    fireEvent.change(field(house, '检查房屋数').input, { target: { value: '100' } });
    await waitFor(() => expect(within(house).getByTestId('value-house_intact').textContent).toBe('99%'));

    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));

    const numeratorItem = field(house, '完好房屋数').item;
    await waitFor(() =>
      expect(numeratorItem.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        '完好房屋数不能大于检查房屋数',
      ),
    );
    expect(field(house, '检查房屋数').item.querySelector('.ant-form-item-explain-error')).toBeNull();
    const repairDen = field(line('房屋零修、急修及时率'), '完成工单').item;
    expect(repairDen.querySelector('.ant-form-item-explain-error')?.textContent).toBe('完成工单不能为负数');
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

  it('flags an impossible share as invalid, with no verdict, and sends nothing until it is fixed', async () => {
    const sent = fakeApi({});
    renderEditor(form);
    const house = line('房屋完好率');
    fireEvent.change(field(house, '完好房屋数').input, { target: { value: '120' } });
    fireEvent.change(field(house, '检查房屋数').input, { target: { value: '100' } });

    await waitFor(() =>
      expect(within(house).queryByTestId('invalid-house_intact')?.textContent).toBe('无效'),
    );
    expect(within(house).queryByText('未达标')).toBeNull();
    expect(within(house).queryByText('达标')).toBeNull();
    await waitFor(() =>
      expect(field(house, '完好房屋数').item.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        '完好房屋数不能大于检查房屋数',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));
    await waitFor(() => expect(field(house, '完好房屋数').item.className).toContain('has-error'));
    expect(sent.filter((s) => s.operationName === 'SaveMonthlyFigures')).toHaveLength(0);

    // Raising the denominator fixes the numerator: its error goes, the verdict comes back.
    fireEvent.change(field(house, '检查房屋数').input, { target: { value: '125' } });
    await waitFor(() =>
      expect(field(house, '完好房屋数').item.querySelector('.ant-form-item-explain-error')).toBeNull(),
    );
    expect(within(house).queryByTestId('invalid-house_intact')).toBeNull();
    expect(within(house).getByText('未达标')).toBeTruthy();
  });

  it('keeps a decimal fire count as typed and shows the error instead of rounding it', async () => {
    const sent = fakeApi({});
    renderEditor(form);
    const fire = line('火灾发生率（管理原因）');
    const { input, item } = field(fire, '因管理原因造成的火灾次数');
    fireEvent.change(input, { target: { value: '1.5' } });
    fireEvent.blur(input);
    await waitFor(() =>
      expect(item.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        '因管理原因造成的火灾次数必须是整数',
      ),
    );
    expect(input.value).toBe('1.5');
    fireEvent.change(input, { target: { value: '-1' } });
    await waitFor(() =>
      expect(item.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        '因管理原因造成的火灾次数不能为负数',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));
    await waitFor(() => expect(item.className).toContain('has-error'));
    expect(sent.filter((s) => s.operationName === 'SaveMonthlyFigures')).toHaveLength(0);
    fireEvent.change(input, { target: { value: '1' } });
    await waitFor(() => expect(item.querySelector('.ant-form-item-explain-error')).toBeNull());
  });

  it('drops a server error from its input once the input is changed', async () => {
    fakeApi({
      SaveMonthlyFigures: {
        data: null,
        errors: [
          {
            message: 'x',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ path: ['figures', 0, 'denominator'], reason: 'NEGATIVE', message: '不能为负数' }],
            },
          },
        ],
      },
    });
    renderEditor(form);
    const repair = line('房屋零修、急修及时率');
    const { input, item } = field(repair, '完成工单');
    fireEvent.change(input, { target: { value: '60' } });
    const save = screen.getByRole('button', { name: /保存草稿/ }) as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() =>
      expect(item.querySelector('.ant-form-item-explain-error')?.textContent).toBe('完成工单不能为负数'),
    );
    fireEvent.change(input, { target: { value: '61' } });
    await waitFor(() => expect(item.querySelector('.ant-form-item-explain-error')).toBeNull());
  });

  it('warns before submitting with blank indicators', async () => {
    fakeApi({});
    renderEditor(form);
    fireEvent.click(screen.getByRole('button', { name: /提交审核/ }));
    const warning = await screen.findByTestId('submit-blank-warning');
    // house_intact and fire_count are open and blank; the computed and approved lines are not.
    expect(warning.textContent).toContain('还有 2 项指标未填写');
    expect(warning.textContent).toContain('房屋完好率');
    expect(warning.textContent).toContain('火灾发生率（管理原因）');
    expect(warning.textContent).not.toContain('品质检查得分率');
  });

  it('rests save and submit once the month is approved and nothing is typed', async () => {
    fakeApi({});
    const approved: MonthlyFormData = {
      ...form,
      state: 'APPROVED',
      items: form.items.map((i) =>
        i.figure ? { ...i, figure: { ...i.figure, state: 'APPROVED' as const, effective: true } } : i,
      ),
    };
    renderEditor(approved);
    const save = screen.getByRole('button', { name: /保存草稿/ }) as HTMLButtonElement;
    const submit = screen.getByRole('button', { name: /提交审核/ }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(submit.disabled).toBe(true);
    // A late figure for a blank line may still be added: typing wakes both up.
    fireEvent.change(field(line('房屋完好率'), '完好房屋数').input, { target: { value: '99' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    expect(submit.disabled).toBe(false);
  });

  it('asks before leaving with unsaved figures, and warns the browser on unload', async () => {
    fakeApi({});
    const { router } = renderEditor(form, true);
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(unload()).toBe(false);
    fireEvent.change(field(line('房屋完好率'), '完好房屋数').input, { target: { value: '99' } });
    await waitFor(() => expect(unload()).toBe(true));

    fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    await waitFor(() =>
      expect(document.querySelector('.ant-modal-confirm-title')?.textContent).toBe('离开此页？'),
    );
    expect(router.state.location.pathname).toBe('/figures');
    fireEvent.click(screen.getByRole('button', { name: '留下继续填写' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/figures'));
    expect((field(line('房屋完好率'), '完好房屋数').input as HTMLInputElement).value).toBe('99');

    fireEvent.click(screen.getByRole('link', { name: 'elsewhere' }));
    // The first dialog may still be fading out: press the newest one.
    await waitFor(() => expect(screen.getAllByRole('button', { name: '离 开' }).length).toBeGreaterThan(0));
    fireEvent.click(screen.getAllByRole('button', { name: '离 开' }).at(-1)!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/elsewhere'));
  });
});

function renderEditor(data: MonthlyFormData, withLink = false, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
  return renderWithProviders(
    <Provider value={client}>
      {withLink ? <Link to="/elsewhere">elsewhere</Link> : null}
      <MonthlyFormEditor data={data} canEdit canSubmit />
    </Provider>,
    { route: '/figures', routes: [{ path: '/elsewhere', element: <div>away</div> }], lang },
  );
}

describe('monthly form in English', () => {
  // The fixture with the catalogue's real English names (the labels stay as the API sends them: Chinese).
  const english: MonthlyFormData = {
    ...form,
    state: 'REJECTED',
    rejectReason: 'Check the fire count',
    items: form.items.map((i) => ({
      ...i,
      indicator: { ...i.indicator, nameEn: builtInIndicator(i.indicator.code)!.nameEn },
    })),
  };

  it('shows no Chinese: names, numerator and denominator labels, descriptions, states and errors', async () => {
    fakeApi({
      SaveMonthlyFigures: {
        data: null,
        errors: [
          {
            message: '提交的内容有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                // figures: house_intact, fire_count, repair_timely (form order, sendable lines only).
                { path: ['figures', 2, 'denominator'], reason: 'NEGATIVE', message: '完成工单不能为负数' },
                { path: ['month'], reason: 'SOMETHING_NEW', message: '新的原因' },
              ],
            },
          },
        ],
      },
    });
    renderEditor(english, false, 'en-US');

    const house = line('Housing intact rate');
    expect(within(house).getByText('Intact houses / Houses inspected')).toBeTruthy();
    fireEvent.change(field(house, 'Intact houses').input, { target: { value: '120' } });
    fireEvent.change(field(house, 'Houses inspected').input, { target: { value: '100' } });
    await waitFor(() =>
      expect(
        field(house, 'Intact houses').item.querySelector('.ant-form-item-explain-error')?.textContent,
      ).toBe('Intact houses must not exceed Houses inspected'),
    );
    const fire = line('Fires (management-caused)');
    fireEvent.change(field(fire, 'Fires caused by management').input, { target: { value: '1.5' } });
    await waitFor(() =>
      expect(
        field(fire, 'Fires caused by management').item.querySelector('.ant-form-item-explain-error')
          ?.textContent,
      ).toBe('Fires caused by management must be a whole number'),
    );
    expect(chineseIn(document.body)).toEqual([]);

    // Fixed locally, then refused by the server with Chinese messages: shown in English.
    fireEvent.change(field(house, 'Intact houses').input, { target: { value: '99' } });
    fireEvent.change(field(fire, 'Fires caused by management').input, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: /Save draft/ }));
    const repairDen = field(line('Repairs on time'), 'Work orders completed').item;
    await waitFor(() =>
      expect(repairDen.querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        'Work orders completed must not be negative',
      ),
    );
    expect(screen.getByTestId('form-error').textContent).toBe('Month is not valid');
    expect(chineseIn(document.body)).toEqual([]);
  });
});
