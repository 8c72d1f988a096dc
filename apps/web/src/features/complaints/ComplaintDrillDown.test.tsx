import { screen, within } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { CareDrillDown } from './ComplaintDrillDown';

afterEach(() => vi.unstubAllGlobals());

function renderDrill(indicatorCode: string, answers: Record<string, unknown>) {
  const sent = fakeApi(answers);
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  const view = renderWithProviders(
    <Provider value={client}>
      <CareDrillDown estateId="e1" indicatorCode={indicatorCode} period="2030-03" lastMonth="2030-03" />
    </Provider>,
  );
  return { sent, ...view };
}

const row = (over: Record<string, unknown>) => ({
  __typename: 'ComplaintDrillDownRow',
  complaintId: 'c1',
  number: 1,
  receivedAt: '2030-03-02T02:00:00Z',
  category: 'CLEANING',
  severity: 'NORMAL',
  valid: true,
  status: 'RESOLVED',
  counted: true,
  complainantName: null,
  ...over,
});

describe('CareDrillDown', () => {
  it('renders nothing for an indicator not computed from complaints or surveys', () => {
    const { sent, container } = renderDrill('house_intact', {});
    expect(container.querySelector('[data-testid$="drill-down"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('lists the complaints behind complaint_handled, those not counted first, names hidden when not permitted', async () => {
    const { sent } = renderDrill('complaint_handled', {
      ComplaintIndicatorDrillDown: {
        data: {
          complaintIndicatorDrillDown: {
            __typename: 'ComplaintIndicatorDrillDown',
            estateId: 'e1',
            indicatorCode: 'complaint_handled',
            month: '2030-03',
            numerator: 1,
            denominator: 2,
            value: 50,
            namesHidden: true,
            rows: [row({}), row({ complaintId: 'c2', number: 2, status: 'OPEN', counted: false })],
          },
        },
      },
    });
    const box = await screen.findByTestId('complaint-drill-down');
    await within(box).findByText('1 / 2 = 50%');
    expect(sent[0]?.variables).toEqual({
      estateId: 'e1',
      indicatorCode: 'complaint_handled',
      month: '2030-03',
    });
    const rows = within(box).getAllByTestId('complaint-drill-row');
    expect(rows[0]!.textContent).toContain('#2');
    expect(rows[0]!.textContent).toContain('不计入');
    expect(within(box).getByText('投诉人信息仅对项目经理与首问责任人可见')).toBeTruthy();
  });

  it('lists the surveys behind satisfaction', async () => {
    renderDrill('satisfaction', {
      SurveyIndicatorDrillDown: {
        data: {
          surveyIndicatorDrillDown: {
            __typename: 'SurveyIndicatorDrillDown',
            estateId: 'e1',
            month: '2030-03',
            numerator: 180,
            denominator: 200,
            value: 90,
            rows: [
              {
                __typename: 'SurveyDrillDownRow',
                surveyId: 's1',
                title: '上半年调查',
                closesOn: '2030-03-25',
                answers: 200,
                satisfiedAnswers: 180,
                areas: [{ __typename: 'SurveyAreaResult', area: 'CLEANING', rate: 92.5 }],
              },
            ],
          },
        },
      },
    });
    const box = await screen.findByTestId('survey-drill-down');
    await within(box).findByText('180 / 200 = 90%');
    expect(within(box).getByTestId('survey-drill-row').textContent).toContain('保洁 92.5%');
  });
});
