import { type Actor, defineAbilityFor, type MembershipRole } from '@anju/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { SideMenu } from './SideMenu';

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
  it('shows 用户管理, 指标与目标 and 公司设置 to a company admin', () => {
    renderWithProviders(<SideMenu ability={abilityOf('COMPANY_ADMIN')} hasCompany />);
    expect(menuLabels()).toEqual([
      '首页',
      '小区管理',
      '指标对比',
      '整改',
      '月度填报',
      '数据审核',
      '指标与目标',
      '用户管理',
      '公司设置',
    ]);
  });

  it('gives the quality auditor 指标对比 and 数据审核 but not 月度填报', () => {
    renderWithProviders(<SideMenu ability={abilityOf('QUALITY_AUDITOR')} hasCompany />);
    expect(menuLabels()).toEqual(['首页', '小区管理', '指标对比', '整改', '数据审核']);
  });

  it('gives an estate manager 月度填报 and 指标对比, not 数据审核', () => {
    renderWithProviders(<SideMenu ability={abilityOf('ESTATE_MANAGER')} hasCompany />);
    expect(menuLabels()).toEqual(['首页', '小区管理', '指标对比', '整改', '月度填报']);
  });

  it.each(['ESTATE_STAFF', 'COMMITTEE_MEMBER'] as const)('hides the indicator pages from %s', (role) => {
    renderWithProviders(<SideMenu ability={abilityOf(role)} hasCompany />);
    // Staff work their rectifications; the committee sees nothing of audits.
    expect(menuLabels()).toEqual(
      role === 'ESTATE_STAFF' ? ['首页', '小区管理', '整改'] : ['首页', '小区管理'],
    );
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
