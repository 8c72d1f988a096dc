import { screen } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { OpsDrillDown } from './OpsDrillDown';

afterEach(() => vi.unstubAllGlobals());

function mount(indicatorCode: string, answers: Record<string, unknown>) {
  const sent = fakeApi(answers);
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  const view = renderWithProviders(
    <Provider value={client}>
      <OpsDrillDown estateId="e1" indicatorCode={indicatorCode} period="2030-03" lastMonth="2030-03" />
    </Provider>,
  );
  return { sent, ...view };
}

describe('OpsDrillDown', () => {
  it('renders nothing for an indicator the estate’s records do not compute', () => {
    const { sent, container } = mount('training_pass', {});
    expect(container.querySelector('[data-testid="ops-drill-down"]')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('lists the incidents behind fire_count, counted or not', async () => {
    const { sent } = mount('fire_count', {
      IncidentIndicatorDrillDown: {
        data: {
          incidentIndicatorDrillDown: {
            __typename: 'IncidentIndicatorDrillDown',
            month: '2030-03',
            numerator: 1,
            denominator: null,
            value: 1,
            rows: [
              {
                __typename: 'IncidentDrillDownRow',
                counted: true,
                incident: {
                  __typename: 'Incident',
                  id: 'i1',
                  kind: 'FIRE',
                  occurredOn: '2030-03-04',
                  place: '车库',
                  description: '电动车充电起火',
                  managementCaused: true,
                  handled: true,
                },
              },
              {
                __typename: 'IncidentDrillDownRow',
                counted: false,
                incident: {
                  __typename: 'Incident',
                  id: 'i2',
                  kind: 'FIRE',
                  occurredOn: '2030-03-09',
                  place: '5栋',
                  description: '住户厨房起火',
                  managementCaused: false,
                  handled: true,
                },
              },
            ],
          },
        },
      },
    });
    expect(await screen.findByText('电动车充电起火')).toBeTruthy();
    expect(screen.getByText('计入')).toBeTruthy();
    expect(screen.getByText('不计入')).toBeTruthy();
    expect(screen.getByTestId('ops-drill-figure').textContent).toBe('1');
    expect(sent[0]).toMatchObject({
      operationName: 'IncidentIndicatorDrillDown',
      variables: { estateId: 'e1', indicatorCode: 'fire_count', month: '2030-03' },
    });
  });

  it('shows the fee record with the figure', async () => {
    mount('fee_collection', {
      FeeIndicatorDrillDown: {
        data: {
          feeIndicatorDrillDown: {
            __typename: 'FeeIndicatorDrillDown',
            month: '2030-03',
            numerator: 965,
            denominator: 1000,
            value: 96.5,
            rows: [
              {
                __typename: 'FeeCollection',
                id: 'f1',
                month: '2030-03',
                receivable: '1000.00',
                collected: '965.00',
              },
            ],
          },
        },
      },
    });
    expect((await screen.findByTestId('ops-drill-figure')).textContent).toBe('965 / 1,000 = 96.5%');
    expect(screen.getByText(/实收金额（元） 965.00/)).toBeTruthy();
  });
});
