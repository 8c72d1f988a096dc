import { describe, expect, it } from 'vitest';
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
import { enUS } from './en-US';
import * as accounts from './locales/accounts';
import * as companies from './locales/companies';
import * as shared from './locales/shared';
import { zhCN } from './zh-CN';

/** Every leaf key as a dotted path (`estates.fields.name`). */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const NAMESPACES = {
  auditTemplates,
  accounts,
  shared,
  companies,
  auth,
  dashboard,
  estates,
  users,
  comparison,
  scorecard,
  figures,
  approvals,
  indicators,
  notifications,
  rectifications,
  rosters,
  team,
  settings,
  auditConduct,
  audits,
  staffing,
  workOrders,
  operations,
  repairReports,
  complaints,
  surveys,
};

describe('translations', () => {
  it('every key of zh-CN exists in en-US and vice versa', () => {
    const zh = keys(zhCN).sort();
    const en = keys(enUS).sort();
    expect(zh.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !zh.includes(k))).toEqual([]);
  });

  it.each(Object.entries(NAMESPACES))('namespace %s has the same keys in both languages', (_name, ns) => {
    expect(keys(ns.enUS).sort()).toEqual(keys(ns.zhCN).sort());
  });

  it('no two namespaces claim the same top-level key (a spread would silently drop one)', () => {
    const seen = new Map<string, string>();
    for (const [name, ns] of Object.entries(NAMESPACES))
      for (const key of Object.keys(ns.zhCN)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    expect([...seen.keys()].sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('keeps the keys the app has always used', () => {
    expect(zhCN.estates.fields.name).toBe('小区名称');
    expect(enUS.nav.figures).toBeTruthy();
    expect(zhCN.figures.saveDraft).toBe('保存草稿');
  });

  it('no text is left empty', () => {
    const leaves = (m: object): unknown[] =>
      Object.values(m).flatMap((v) => (v !== null && typeof v === 'object' ? leaves(v) : [v]));
    for (const v of [...leaves(zhCN), ...leaves(enUS)])
      expect(typeof v === 'string' && v.length > 0).toBe(true);
  });
});
