import { defineAbilityFor } from '@anju/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../app/i18n';
import { chineseIn, type FakeFiles, fakeApi, renderWithProviders } from '../../test/render';
import { StaffingPage } from './StaffingPage';

vi.mock('../../app/session', () => ({
  useSession: () => ({
    company: { id: 'c1' },
    ability: defineAbilityFor({
      userId: 'u1',
      platformAdmin: false,
      memberships: [{ role: 'QUALITY_AUDITOR', companyId: 'c1', scope: { kind: 'COMPANY' } }],
    }),
  }),
}));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const row = (estateId: string, over: Record<string, unknown> = {}) => ({
  __typename: 'StaffingComplianceRow',
  rank: 1,
  estateId,
  estateName: `Estate ${estateId}`,
  estateCode: estateId.toUpperCase(),
  regionId: 'r1',
  regionName: 'East',
  planned: 16,
  actual: 16,
  vacancies: 0,
  certificateProblems: 0,
  certificatesExpired: 0,
  certificatesExpiring: 0,
  certificatesMissing: 0,
  ageProblems: 0,
  leavers: 1,
  turnoverPercent: 6.1,
  score: 100,
  ...over,
});

const TABLE = {
  data: {
    staffingComplianceTable: [
      row('e2', { rank: 1, score: 100 }),
      row('e1', {
        rank: 2,
        estateName: 'Green Lake',
        vacancies: 1,
        actual: 15,
        certificateProblems: 1,
        certificatesExpiring: 1,
        score: 94.5,
      }),
      row('e3', { rank: 3, score: 79.3, vacancies: 4, certificateProblems: 1, certificatesExpired: 1 }),
      row('e4', { rank: null, score: null, planned: 0, actual: 0, turnoverPercent: null }),
    ],
  },
};

const REGIONS = {
  data: {
    regions: [
      { __typename: 'Region', id: 'r1', name: 'East' },
      { __typename: 'Region', id: 'r2', name: 'South' },
    ],
  },
};

const DETAIL = {
  data: {
    staffingCompliance: {
      __typename: 'StaffingCompliance',
      estateId: 'e1',
      estateName: 'Green Lake',
      asOf: '2030-03-06',
      planned: 9,
      actual: 8,
      vacancies: 1,
      departments: [
        {
          departmentId: 'd-sec',
          code: 'SECURITY',
          name: 'Security dept',
          planned: 4,
          actual: 4,
          vacancies: 0,
        },
        {
          departmentId: 'd-cln',
          code: 'CLEANING',
          name: 'Cleaning dept',
          planned: 5,
          actual: 4,
          vacancies: 1,
        },
      ],
      positions: [
        {
          positionId: 'p-cln',
          departmentId: 'd-cln',
          code: 'CLEANER',
          name: 'Cleaner',
          planned: 5,
          actual: 4,
          vacancies: 1,
          certificateRequired: false,
          ageMin: 18,
          ageMax: 60,
        },
        {
          positionId: 'p-grd',
          departmentId: 'd-sec',
          code: 'SECURITY_GUARD',
          name: 'Guard',
          planned: 4,
          actual: 4,
          vacancies: 0,
          certificateRequired: true,
          ageMin: null,
          ageMax: null,
        },
      ],
      certificateIssues: [
        {
          staffId: null,
          staffName: null,
          positionId: 'p-grd',
          positionName: 'Guard',
          kind: 'SECURITY_GUARD',
          expiresOn: '2030-03-26',
          daysLeft: 20,
          state: 'EXPIRING',
        },
      ],
      certificatesExpired: 0,
      certificatesExpiring: 1,
      certificatesMissing: 0,
      ageBreaches: [
        {
          staffId: null,
          staffName: null,
          positionId: 'p-cln',
          positionName: 'Cleaner',
          breach: 'TOO_OLD',
          limit: 60,
          age: null,
        },
      ],
      turnover: {
        start: '2029-03-06',
        end: '2030-03-06',
        headcountAtStart: 9,
        headcountAtEnd: 8,
        leavers: 1,
        percent: 11.8,
      },
      score: 94.5,
      scoreParts: { staffed: 0.9375, certified: 0.9, ageOk: 1, retention: 1 },
      namesHidden: true,
    },
  },
};

let saved: { name: string; blob: Blob }[];
const objectUrls = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  URL.createObjectURL = objectUrls.create;
  URL.revokeObjectURL = objectUrls.revoke;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function renderPage(route = '/staffing', lang: Language = 'zh-CN', files: FakeFiles = {}) {
  const sent = fakeApi(
    {
      StaffingComplianceTable: TABLE,
      FilterRegions: REGIONS,
      StaffingCompliance: DETAIL,
      ExportStaffingCompliance: {
        data: {
          exportStaffingCompliance: {
            __typename: 'FileRef',
            id: 'file-1',
            name: 'staffing-compliance.xlsx',
            contentType: XLSX,
            size: 4,
          },
        },
      },
    },
    files,
  );
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  const view = renderWithProviders(
    <App>
      <Provider value={client}>
        <StaffingPage />
      </Provider>
    </App>,
    { route, lang },
  );
  return { sent, ...view };
}

describe('StaffingPage', () => {
  it('ranks the estates with coloured scores, vacancies in red and certificate problems by kind', async () => {
    renderPage();
    const table = await screen.findByTestId('staffing-table');
    await within(table).findByText('Green Lake');
    const rows = table.querySelectorAll('.ant-table-tbody tr.ant-table-row');
    expect([...rows].map((r) => r.querySelector('td')?.textContent)).toEqual(['1', '2', '3', '—']);
    const tones = [...rows].map((r) => r.querySelector('[data-tone]')?.getAttribute('data-tone'));
    expect(tones).toEqual(['good', 'good', 'poor', 'none']);
    expect(rows[3]?.textContent).toContain('未评分');
    const greenLake = rows[1] as HTMLElement;
    expect(within(greenLake).getByText('将到期 1')).toBeTruthy();
    expect(within(greenLake).getAllByText('1')[0]?.closest('.ant-typography')?.className).toContain(
      'ant-typography-danger',
    );
    expect(within(rows[2] as HTMLElement).getByText('过期 1')).toBeTruthy();
    // Each estate name opens its detail.
    expect(within(greenLake).getByRole('link', { name: 'Green Lake' }).getAttribute('href')).toBe(
      '/staffing?estate=e1',
    );
  });

  it('filters by region through the URL', async () => {
    const { sent, router } = renderPage();
    await screen.findByText('Green Lake');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '区域' }));
    fireEvent.click(await screen.findByTitle('South'));
    await waitFor(() => expect(router.state.location.search).toBe('?region=r2'));
    await waitFor(() =>
      expect(sent.filter((s) => s.operationName === 'StaffingComplianceTable').at(-1)?.variables).toEqual({
        regionId: 'r2',
      }),
    );
  });

  it('opens the estate of ?estate= (where the reminders link) with its detail, names hidden', async () => {
    const { sent } = renderPage('/staffing?estate=e1');
    const detail = await screen.findByTestId('staffing-detail');
    expect(sent.find((s) => s.operationName === 'StaffingCompliance')?.variables).toEqual({ estateId: 'e1' });
    expect(screen.getByText('Green Lake · 编制合规')).toBeTruthy();
    // Departments in the domain's order (security before cleaning), positions below them.
    const headcount = within(detail).getByTestId('staffing-headcount');
    const names = [...headcount.querySelectorAll('tbody tr.ant-table-row')].map(
      (tr) => tr.querySelector('td')?.textContent,
    );
    expect(names).toEqual(['Security dept', 'Guard持证上岗', 'Cleaning dept', 'Cleaner']);
    expect(within(headcount).getByTestId('vacancy').textContent).toBe('1');
    expect(within(headcount).getByText('18–60 岁')).toBeTruthy();
    const certificates = within(detail).getByTestId('staffing-certificates');
    expect(within(certificates).getByText('保安员证')).toBeTruthy();
    expect(within(certificates).getByText('即将到期')).toBeTruthy();
    expect(within(certificates).getByText('剩余 20 天')).toBeTruthy();
    // Names withheld: a dash, and the notice.
    expect(within(certificates).getAllByText('—').length).toBeGreaterThan(0);
    expect(within(detail).getByText(/姓名已隐藏/)).toBeTruthy();
    expect(within(detail).getByText('超过最高年龄 60 岁')).toBeTruthy();
    expect(within(detail).getByText('37.5 / 40 分')).toBeTruthy();
    expect(within(detail).getByTestId('staffing-turnover').textContent).toContain('11.8%');
  });

  it('is all English in English, the certificate kind from the domain’s labels', async () => {
    renderPage('/staffing?estate=e1', 'en-US');
    const detail = await screen.findByTestId('staffing-detail');
    await screen.findByTestId('staffing-table');
    expect(within(detail).getByText('Security guard certificate')).toBeTruthy();
    expect(within(detail).getByText('Order & security')).toBeTruthy();
    expect(chineseIn(document.body)).toEqual([]);
  });

  it('exports the table in the page’s language and region, and saves the workbook', async () => {
    localStorage.setItem('anju.token', 'token-of-hq');
    const files: FakeFiles = {
      download: { status: 200, body: new Uint8Array([80, 75, 3, 4]), type: XLSX },
      requests: [],
    };
    const { sent } = renderPage('/staffing?region=r1', 'en-US', files);
    await screen.findByText('Green Lake');
    fireEvent.click(screen.getByRole('button', { name: /Export to Excel/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(sent.find((s) => s.operationName === 'ExportStaffingCompliance')?.variables).toEqual({
      input: { regionId: 'r1', language: 'EN' },
    });
    expect(files.requests?.[0]).toMatchObject({ method: 'GET', url: '/files/file-1' });
    expect(saved[0]?.name).toBe('staffing-compliance.xlsx');
    localStorage.removeItem('anju.token');
  });
});
