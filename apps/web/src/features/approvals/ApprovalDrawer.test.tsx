import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { ApprovalDrawer } from './ApprovalDrawer';

afterEach(() => vi.unstubAllGlobals());

const submitted = {
  id: 'f1',
  estateId: 'e1',
  indicatorCode: 'house_intact',
  month: '2026-10',
  revision: 1,
  numerator: 99,
  denominator: 100,
  value: 99,
  source: 'REPORTED',
  state: 'SUBMITTED',
  effective: false,
  note: null,
  rejectReason: null,
  correctionReason: null,
  submittedAt: '2026-11-02T08:00:00Z',
  decidedAt: null,
  updatedAt: '2026-11-02T08:00:00Z',
};

const monthlyForm = {
  estateId: 'e1',
  estateName: '翠湖苑',
  month: '2026-10',
  state: 'SUBMITTED',
  rejectReason: null,
  items: [
    {
      indicator: {
        code: 'house_intact',
        nameZh: '房屋完好率',
        nameEn: 'Housing intact rate',
        unit: 'PERCENT',
        direction: 'AT_LEAST',
        aggregation: 'RATIO',
        numeratorLabel: '完好房屋数',
        denominatorLabel: '检查房屋数',
        descriptionZh: '完好房屋数 / 检查房屋数',
        retired: false,
        computed: false,
      },
      figure: submitted,
      effective: null,
      target: { op: 'AT_LEAST', value: 98, label: '≥98%' },
      judgement: 'MET',
    },
  ],
};

describe('ApprovalDrawer', () => {
  it('approves only after the confirmation, never on the first click', async () => {
    const sent = fakeApi({
      MonthlyForm: { data: { monthlyForm } },
      ApproveMonthlyFigures: { data: { approveMonthlyFigures: { ...monthlyForm, state: 'APPROVED' } } },
    });
    const onDecided = vi.fn();
    const client = new Client({ url: '/graphql', exchanges: [fetchExchange], preferGetMethod: false });
    renderWithProviders(
      <Provider value={client}>
        <ApprovalDrawer
          target={{ estateId: 'e1', estateName: '翠湖苑', month: '2026-10' }}
          onClose={() => {}}
          onDecided={onDecided}
        />
      </Provider>,
    );
    fireEvent.click(await screen.findByRole('button', { name: /审核通过/ }));
    expect(await screen.findByText('确定审核通过吗？')).toBeTruthy();
    expect(sent.map((s) => s.operationName)).toEqual(['MonthlyForm']);
    const confirm = document.querySelector('.ant-popconfirm .ant-btn-primary') as HTMLElement;
    fireEvent.click(confirm);
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(sent.map((s) => s.operationName)).toEqual(['MonthlyForm', 'ApproveMonthlyFigures']);
    expect(sent[1]!.variables).toEqual({ input: { estateId: 'e1', month: '2026-10' } });
  });
});
