import { type Actor, defineAbilityFor, type MembershipRole } from '@anju/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { navItems } from './menuItems';
import { SideMenu, selectedKey } from './SideMenu';

const companyId = '00000000-0000-4000-8000-000000000001';

function abilityOf(role: MembershipRole | null, platformAdmin = false) {
  const actor: Actor = {
    userId: 'u1',
    platformAdmin,
    memberships: role
      ? [
          {
            role,
            companyId,
            scope:
              role === 'COMPANY_ADMIN' || role === 'QUALITY_AUDITOR'
                ? { kind: 'COMPANY' }
                : { kind: 'ESTATES', estateIds: ['e1'] },
          },
        ]
      : [],
  };
  return defineAbilityFor(actor);
}

function menuLabels() {
  return screen.getAllByRole('menuitem').map((el) => el.textContent?.trim());
}

describe('SideMenu', () => {
  it('shows 用户管理, 指标与目标, 检查标准 and 公司设置 to a company admin', () => {
    renderWithProviders(<SideMenu ability={abilityOf('COMPANY_ADMIN')} hasCompany />);
    expect(menuLabels()).toEqual([
      '首页',
      '小区管理',
      '指标对比',
      '编制合规',
      '报修二维码',
      '投诉管理',
      '满意度调查',
      '月度填报',
      '数据审核',
      '工单看板',
      '报修工单',
      '品质检查',
      '整改',
      '检查批次',
      '自查计划',
      '小区运营',
      '团队管理',
      '排班',
      '指标与目标',
      '检查标准',
      '用户管理',
      '公司设置',
    ]);
  });

  it('gives the quality auditor 指标对比, 数据审核 and 检查标准 but not 月度填报', () => {
    renderWithProviders(<SideMenu ability={abilityOf('QUALITY_AUDITOR')} hasCompany />);
    expect(menuLabels()).toEqual([
      '首页',
      '小区管理',
      '指标对比',
      '编制合规',
      '投诉管理',
      '满意度调查',
      '数据审核',
      '工单看板',
      '报修工单',
      '品质检查',
      '整改',
      '检查批次',
      '自查计划',
      '小区运营',
      '团队管理',
      '排班',
      '检查标准',
    ]);
  });

  it('gives an estate manager 月度填报 and 指标对比, not 数据审核', () => {
    renderWithProviders(<SideMenu ability={abilityOf('ESTATE_MANAGER')} hasCompany />);
    // The estate's audits and its own self-check schedules; HQ campaigns are not the estate's page.
    expect(menuLabels()).toEqual([
      '首页',
      '小区管理',
      '指标对比',
      '编制合规',
      '报修二维码',
      '投诉管理',
      '满意度调查',
      '月度填报',
      '工单看板',
      '报修工单',
      '品质检查',
      '整改',
      '自查计划',
      '小区运营',
      '团队管理',
      '排班',
    ]);
  });

  it.each([
    [
      'ESTATE_STAFF',
      [
        '首页',
        '小区管理',
        '投诉管理',
        '工单看板',
        '报修工单',
        '品质检查',
        '整改',
        '我的班次',
        '小区运营',
        '团队管理',
        '排班',
      ],
    ],
    ['COMMITTEE_MEMBER', ['首页', '小区管理']],
  ] as const)('hides the indicator pages from %s (staff read submitted audits)', (role, labels) => {
    renderWithProviders(<SideMenu ability={abilityOf(role)} hasCompany />);
    expect(menuLabels()).toEqual(labels);
  });

  it.each(['ESTATE_MANAGER', 'QUALITY_AUDITOR', 'ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)(
    'hides 用户管理 from %s',
    (role) => {
      renderWithProviders(<SideMenu ability={abilityOf(role)} hasCompany />);
      expect(menuLabels()).toContain('小区管理');
      expect(menuLabels()).not.toContain('用户管理');
    },
  );

  it('gives a platform admin the companies page only', () => {
    renderWithProviders(<SideMenu ability={abilityOf(null, true)} hasCompany={false} />);
    expect(menuLabels()).toEqual(['公司管理']);
  });
});

describe('selectedKey', () => {
  const items = navItems(abilityOf('COMPANY_ADMIN'), true, ((k: string) => k) as never);
  it('marks the most specific entry of the page shown', () => {
    expect(selectedKey('/work-orders/board', items)).toBe('/work-orders/board');
    expect(selectedKey('/work-orders', items)).toBe('/work-orders');
    expect(selectedKey('/team/staff/1', items)).toBe('/team');
  });
});
