import * as approvals from '../../features/approvals/i18n';
import * as auditConduct from '../../features/audit-conduct/i18n';
import * as auditTemplates from '../../features/audit-templates/i18n';
import * as audits from '../../features/audits/i18n';
import * as auth from '../../features/auth/i18n';
import * as comparison from '../../features/comparison/i18n';
import * as complaints from '../../features/complaints/i18n';
import * as dashboard from '../../features/dashboard/i18n';
import * as estates from '../../features/estates/i18n';
import * as figures from '../../features/figures/i18n';
import * as indicators from '../../features/indicators/i18n';
import * as notifications from '../../features/notifications/i18n';
import * as operations from '../../features/operations/i18n';
import * as rectifications from '../../features/rectifications/i18n';
import * as repairReports from '../../features/repair-reports/i18n';
import * as rosters from '../../features/rosters/i18n';
import * as scorecard from '../../features/scorecard/i18n';
import * as settings from '../../features/settings/i18n';
import * as staffing from '../../features/staffing/i18n';
import * as surveys from '../../features/surveys/i18n';
import * as team from '../../features/team/i18n';
import * as users from '../../features/users/i18n';
import * as workOrders from '../../features/work-orders/i18n';
import * as accounts from './locales/accounts';
import * as companies from './locales/companies';
import * as shared from './locales/shared';
import type { Widen } from './types';

/**
 * Chinese is the source language: every key exists here first, English mirrors it. The texts live
 * with their feature (`features/<feature>/i18n.ts`, app-wide ones in `locales/`), each namespace a
 * top-level key, so `t('estates.title')` reads `features/estates/i18n.ts`.
 */
export const zhCN = {
  ...shared.zhCN,
  ...companies.zhCN,
  ...auth.zhCN,
  ...dashboard.zhCN,
  ...estates.zhCN,
  ...users.zhCN,
  ...comparison.zhCN,
  ...scorecard.zhCN,
  ...figures.zhCN,
  ...approvals.zhCN,
  ...indicators.zhCN,
  ...accounts.zhCN,
  ...notifications.zhCN,
  ...rectifications.zhCN,
  ...team.zhCN,
  ...rosters.zhCN,
  ...settings.zhCN,
  ...auditConduct.zhCN,
  ...auditTemplates.zhCN,
  ...audits.zhCN,
  ...staffing.zhCN,
  ...workOrders.zhCN,
  ...operations.zhCN,
  ...repairReports.zhCN,
  ...complaints.zhCN,
  ...surveys.zhCN,
};

export type Messages = Widen<typeof zhCN>;
