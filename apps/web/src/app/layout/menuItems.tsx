import type { AppAbility } from '@anju/domain';
import {
  AimOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BuildOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FormOutlined,
  HomeOutlined,
  IdcardOutlined,
  QrcodeOutlined,
  ReconciliationOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SmileOutlined,
  SolutionOutlined,
  TableOutlined,
  TeamOutlined,
  ToolOutlined,
} from '@ant-design/icons';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { canPlanSelfChecks, canSeeCampaigns } from '../../features/audits/access';
import { canOpenWorkOrders } from '../../features/work-orders/access';

export type NavItem = {
  type: 'item';
  key: string;
  icon: ReactNode;
  label: string;
};

/**
 * The menu is derived from the ability alone, so a role sees exactly the pages it may open; the
 * route guards use the same checks.
 */
export const canOpen = {
  home: (_: AppAbility, hasCompany: boolean) => hasCompany,
  estates: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Estate'),
  users: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('create', 'User'),
  comparison: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Comparison'),
  figures: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('create', 'MonthlyFigure'),
  approvals: (ability: AppAbility, hasCompany: boolean) =>
    hasCompany && ability.can('approve', 'MonthlyFigure'),
  indicators: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('create', 'Indicator'),
  companies: (ability: AppAbility) => ability.can('create', 'Company'),
  settings: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('update', 'Company'),
  auditTemplates: (ability: AppAbility, hasCompany: boolean) =>
    hasCompany && ability.can('update', 'AuditTemplate'),
  audits: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Audit'),
  auditCampaigns: (ability: AppAbility, hasCompany: boolean) => hasCompany && canSeeCampaigns(ability),
  auditSchedules: (ability: AppAbility, hasCompany: boolean) => hasCompany && canPlanSelfChecks(ability),
  rectifications: (ability: AppAbility, hasCompany: boolean) =>
    hasCompany && ability.can('read', 'Rectification'),
  auditOverview: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Audit'),
  team: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Staff'),
  rosters: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Shift'),
  /** Estate staff (whose own staff record the ability singles out) see their own shifts. */
  myShifts: (ability: AppAbility, hasCompany: boolean) =>
    hasCompany &&
    ability
      .rulesFor('read', 'Staff')
      .some((r) => !r.inverted && !!r.conditions && 'userId' in (r.conditions as object)),
  // Whoever may compare estates sees their staffing (the API's rule); staff and committee never.
  staffing: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Comparison'),
  workOrders: canOpenWorkOrders,
  /** The estate's records: HQ reads them, the estate's manager and staff record them; never the committee. */
  operations: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Incident'),
  // An estate's QR code poster for residents' repair reports: its manager and the company admin.
  repairPoster: (ability: AppAbility, hasCompany: boolean) =>
    hasCompany && ability.can('manage', 'WorkOrder'),
  /** Staff log complaints and read theirs; managers and HQ all; the committee none. */
  complaints: (ability: AppAbility, hasCompany: boolean) =>
    hasCompany && (ability.can('read', 'Complaint') || ability.can('create', 'Complaint')),
  surveys: (ability: AppAbility, hasCompany: boolean) => hasCompany && ability.can('read', 'Survey'),
};

export function navItems(ability: AppAbility, hasCompany: boolean, t: TFunction): NavItem[] {
  const items: (NavItem | false)[] = [
    canOpen.home(ability, hasCompany) && {
      type: 'item',
      key: '/',
      icon: <HomeOutlined />,
      label: t('nav.home'),
    },
    canOpen.estates(ability, hasCompany) && {
      type: 'item',
      key: '/estates',
      icon: <ApartmentOutlined />,
      label: t('nav.estates'),
    },
    canOpen.comparison(ability, hasCompany) && {
      type: 'item',
      key: '/comparison',
      icon: <BarChartOutlined />,
      label: t('nav.comparison'),
    },
    canOpen.staffing(ability, hasCompany) && {
      type: 'item',
      key: '/staffing',
      icon: <SolutionOutlined />,
      label: t('staffing.nav'),
    },
    canOpen.repairPoster(ability, hasCompany) && {
      type: 'item',
      key: '/repair-poster',
      icon: <QrcodeOutlined />,
      label: t('repairReports.poster.nav'),
    },
    canOpen.complaints(ability, hasCompany) && {
      type: 'item',
      key: '/complaints',
      icon: <CommentOutlined />,
      label: t('complaints.nav'),
    },
    canOpen.surveys(ability, hasCompany) && {
      type: 'item',
      key: '/surveys',
      icon: <SmileOutlined />,
      label: t('surveys.nav'),
    },
    canOpen.figures(ability, hasCompany) && {
      type: 'item',
      key: '/figures',
      icon: <FormOutlined />,
      label: t('nav.figures'),
    },
    canOpen.approvals(ability, hasCompany) && {
      type: 'item',
      key: '/approvals',
      icon: <AuditOutlined />,
      label: t('nav.approvals'),
    },
    canOpen.workOrders(ability, hasCompany) && {
      type: 'item',
      key: '/work-orders/board',
      icon: <DashboardOutlined />,
      label: t('workOrders.boardNav'),
    },
    canOpen.workOrders(ability, hasCompany) && {
      type: 'item',
      key: '/work-orders',
      icon: <BuildOutlined />,
      label: t('workOrders.nav'),
    },
    canOpen.audits(ability, hasCompany) && {
      type: 'item',
      key: '/audits',
      icon: <CheckSquareOutlined />,
      label: t('audits.title'),
    },
    canOpen.rectifications(ability, hasCompany) && {
      type: 'item',
      key: '/rectifications',
      icon: <ToolOutlined />,
      label: t('rectifications.nav'),
    },
    canOpen.auditCampaigns(ability, hasCompany) && {
      type: 'item',
      key: '/audit-campaigns',
      icon: <CalendarOutlined />,
      label: t('audits.campaigns.title'),
    },
    canOpen.auditSchedules(ability, hasCompany) && {
      type: 'item',
      key: '/audit-schedules',
      icon: <ScheduleOutlined />,
      label: t('audits.schedules.title'),
    },
    canOpen.myShifts(ability, hasCompany) && {
      type: 'item',
      key: '/my-shifts',
      icon: <FieldTimeOutlined />,
      label: t('rosters.my.nav'),
    },
    canOpen.operations(ability, hasCompany) && {
      type: 'item',
      key: '/operations',
      icon: <ReconciliationOutlined />,
      label: t('operations.nav'),
    },
    canOpen.team(ability, hasCompany) && {
      type: 'item',
      key: '/team',
      icon: <IdcardOutlined />,
      label: t('team.nav'),
    },
    canOpen.rosters(ability, hasCompany) && {
      type: 'item',
      key: '/rosters',
      icon: <TableOutlined />,
      label: t('rosters.nav'),
    },
    canOpen.indicators(ability, hasCompany) && {
      type: 'item',
      key: '/indicators',
      icon: <AimOutlined />,
      label: t('nav.indicators'),
    },
    canOpen.auditTemplates(ability, hasCompany) && {
      type: 'item',
      key: '/audit-templates',
      icon: <CheckSquareOutlined />,
      label: t('nav.auditTemplates'),
    },
    canOpen.users(ability, hasCompany) && {
      type: 'item',
      key: '/users',
      icon: <TeamOutlined />,
      label: t('nav.users'),
    },
    canOpen.settings(ability, hasCompany) && {
      type: 'item',
      key: '/settings',
      icon: <SettingOutlined />,
      label: t('nav.settings'),
    },
    canOpen.companies(ability) && {
      type: 'item',
      key: '/companies',
      icon: <BankOutlined />,
      label: t('nav.companies'),
    },
  ];
  return items.filter((i): i is NavItem => Boolean(i));
}
