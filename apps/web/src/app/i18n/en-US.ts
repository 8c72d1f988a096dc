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
import type { Messages } from './zh-CN';

/** English, combined from the same namespaces as zh-CN. */
export const enUS: Messages = {
  ...shared.enUS,
  ...companies.enUS,
  ...auth.enUS,
  ...dashboard.enUS,
  ...estates.enUS,
  ...users.enUS,
  ...comparison.enUS,
  ...scorecard.enUS,
  ...figures.enUS,
  ...approvals.enUS,
  ...indicators.enUS,
  ...accounts.enUS,
  ...notifications.enUS,
  ...rectifications.enUS,
  ...team.enUS,
  ...rosters.enUS,
  ...settings.enUS,
  ...auditConduct.enUS,
  ...auditTemplates.enUS,
  ...audits.enUS,
  ...staffing.enUS,
  ...workOrders.enUS,
  ...operations.enUS,
  ...repairReports.enUS,
  ...complaints.enUS,
  ...surveys.enUS,
};
