import { defineAbilityFor, type MembershipRole, RECORD_LIST_LIMIT } from '@anju/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { FeesTab } from './FeesTab';
import { IncidentsTab } from './IncidentsTab';
import { ServicesTab } from './ServicesTab';

const who = vi.hoisted(() => ({ role: 'ESTATE_MANAGER' as string }));
vi.mock('../../app/session', async () => {
  const { defineAbilityFor: abilityFor } = await import('@anju/domain');
  return {
    useSession: () => ({
      company: { id: 'c1', timeZone: 'Asia/Shanghai' },
      ability: abilityFor({
        userId: 'u1',
        platformAdmin: false,
        memberships: [
          {
            role: who.role as MembershipRole,
            companyId: 'c1',
            scope: { kind: 'ESTATES', estateIds: ['e1'] },
          },
        ],
      }),
    }),
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
  who.role = 'ESTATE_MANAGER';
});

const mount = (ui: React.ReactElement) => {
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  return renderWithProviders(
    <Provider value={client}>
      <App>{ui}</App>
    </Provider>,
  );
};

const incident = {
  __typename: 'Incident',
  id: 'i1',
  kind: 'VIOLATION',
  occurredOn: '2030-03-02',
  place: '3栋楼道',
  description: '堆放杂物',
  managementCaused: false,
  handling: null,
  handled: true,
  handledOn: '2030-03-03',
  version: 1,
};

describe('the incidents tab', () => {
  it('lists incidents and records a new one, the server’s field problems shown on their fields', async () => {
    const sent = fakeApi({
      Incidents: { data: { incidents: [incident] } },
      CreateIncident: {
        errors: [
          {
            message: 'bad',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ path: ['place'], reason: 'REQUIRED', message: '请填写地点' }],
            },
          },
        ],
      },
    });
    mount(<IncidentsTab estateId="e1" today="2030-03-15" />);
    expect(await screen.findByText('堆放杂物')).toBeTruthy();
    expect(screen.getByText('违章')).toBeTruthy();
    fireEvent.click(screen.getByTestId('incident-add'));
    fireEvent.change(await screen.findByLabelText('地点'), { target: { value: '东门' } });
    fireEvent.change(screen.getByLabelText('经过'), { target: { value: '烟感报警' } });
    fireEvent.click(screen.getByTestId('incident-form-save'));
    await waitFor(() => expect(sent.some((s) => s.operationName === 'CreateIncident')).toBe(true));
    const create = sent.find((s) => s.operationName === 'CreateIncident')!;
    expect(create.variables).toEqual({
      input: {
        estateId: 'e1',
        kind: 'FIRE_ALARM',
        occurredOn: '2030-03-15',
        place: '东门',
        description: '烟感报警',
        managementCaused: false,
        handling: null,
        handled: false,
        handledOn: null,
      },
    });
    // The refusal lands on the place field.
    await waitFor(() =>
      expect(
        screen
          .getByLabelText('地点')
          .closest('.ant-form-item')
          ?.querySelector('.ant-form-item-explain-error'),
      ).toBeTruthy(),
    );
  });

  it('lists one year when one is chosen, and says when the list stops at its limit', async () => {
    const many = Array.from({ length: RECORD_LIST_LIMIT }, (_, i) => ({ ...incident, id: `i${i}` }));
    const sent = fakeApi({ Incidents: { data: { incidents: many } } });
    mount(<IncidentsTab estateId="e1" today="2030-03-15" />);
    expect(await screen.findByTestId('incident-list-capped')).toBeTruthy();
    expect(sent[0]?.variables).toEqual({ filter: { estateId: 'e1', year: null } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '年份' }));
    fireEvent.click(await screen.findByText('2029年'));
    await waitFor(() => expect(sent.at(-1)?.variables).toEqual({ filter: { estateId: 'e1', year: 2029 } }));
  });

  it('gives HQ viewers the list without the add button', async () => {
    who.role = 'HQ_VIEWER';
    fakeApi({ Incidents: { data: { incidents: [incident] } } });
    mount(<IncidentsTab estateId="e1" today="2030-03-15" />);
    expect(await screen.findByText('堆放杂物')).toBeTruthy();
    expect(screen.queryByTestId('incident-add')).toBeNull();
  });
});

describe('the fees tab', () => {
  it('saves a month with the version read, amounts as typed', async () => {
    const fee = {
      __typename: 'FeeCollection',
      id: 'f1',
      estateId: 'e1',
      month: '2030-02',
      receivable: '100000.00',
      collected: '96000.50',
      rate: 96.0005,
      note: null,
      version: 3,
    };
    const sent = fakeApi({
      FeeCollections: { data: { feeCollections: [fee] } },
      SaveFeeCollection: { data: { saveFeeCollection: { ...fee, collected: '99000.00', version: 4 } } },
    });
    mount(<FeesTab estateId="e1" />);
    expect(await screen.findByText('96000.50')).toBeTruthy();
    expect(screen.getByText('96%')).toBeTruthy();
    fireEvent.click(screen.getByText('编辑'));
    const collected = await screen.findByLabelText('实收金额（元）');
    fireEvent.change(collected, { target: { value: '99000' } });
    fireEvent.click(screen.getByTestId('fee-form-save'));
    await waitFor(() => expect(sent.some((s) => s.operationName === 'SaveFeeCollection')).toBe(true));
    expect(sent.find((s) => s.operationName === 'SaveFeeCollection')!.variables).toEqual({
      input: {
        estateId: 'e1',
        month: '2030-02',
        receivable: '100000.00',
        collected: '99000',
        note: null,
        version: 3,
      },
    });
  });
});

describe('the special-services tab', () => {
  it('counts the services on offer; staff read the menu but may not change it', async () => {
    who.role = 'ESTATE_STAFF';
    const service = (id: string, active: boolean) => ({
      __typename: 'SpecialService',
      id,
      name: `服务 ${id}`,
      price: '40.00',
      unit: '次',
      description: null,
      activeFrom: '2030-01-01',
      activeUntil: active ? null : '2030-02-28',
      active,
      version: 1,
    });
    fakeApi({ SpecialServices: { data: { specialServices: [service('a', true), service('b', false)] } } });
    mount(<ServicesTab estateId="e1" today="2030-03-15" />);
    expect((await screen.findByTestId('service-count')).textContent).toContain('当前在售 1 项');
    expect(screen.getByText('已停止')).toBeTruthy();
    expect(screen.queryByTestId('service-add')).toBeNull();
    expect(screen.queryByText('编辑')).toBeNull();
  });
});

// The ability the mock builds follows the role: a sanity check of the fixture itself.
it('builds abilities per role', () => {
  const staff = defineAbilityFor({
    userId: 'u',
    platformAdmin: false,
    memberships: [{ role: 'ESTATE_STAFF', companyId: 'c1', scope: { kind: 'ESTATES', estateIds: ['e1'] } }],
  });
  expect(staff.can('create', 'Incident')).toBe(true);
  expect(staff.can('create', 'SpecialService')).toBe(false);
});
