import type { Widen } from '../../app/i18n/types';

/** Labels of the estate scorecard: one namespace of the app's translations (combined in app/i18n). */
export const zhCN = {
  scorecard: {
    title: '{{name}} · 指标成绩单',
    titleLoading: '指标成绩单',
    subtitle: {
      COMPANY: '{{period}} · 对照投标承诺，在全公司小区中的排名',
      VISIBLE: '{{period}} · 对照投标承诺，在您可见的小区中的排名',
      NONE: '{{period}} · 对照投标承诺',
    },
    back: '返回指标对比',
    met: '达标',
    missed: '未达标',
    leagueRank: '综合排名',
    rankOf: '第 {{rank}} / {{of}}',
    reference: { COMPANY: '公司汇总', VISIBLE: '可见小区汇总' },
    trend: '近 12 个月',
    noTrend: '暂无数据',
    showAll: '全部指标',
    showMissed: '只看未达标',
    noneMissed: '本期所有承诺均已达标',
    empty: '暂无指标',
  },
};

export const enUS: Widen<typeof zhCN> = {
  scorecard: {
    title: '{{name}} · scorecard',
    titleLoading: 'Scorecard',
    subtitle: {
      COMPANY: "{{period}} · against committed targets, ranked among the company's estates",
      VISIBLE: '{{period}} · against committed targets, ranked among the estates you can see',
      NONE: '{{period}} · against committed targets',
    },
    back: 'Back to comparison',
    met: 'Met',
    missed: 'Missed',
    leagueRank: 'League rank',
    rankOf: '{{rank}} of {{of}}',
    reference: { COMPANY: 'Company', VISIBLE: 'Estates you can see' },
    trend: 'Last 12 months',
    noTrend: 'No data',
    showAll: 'All indicators',
    showMissed: 'Missed only',
    noneMissed: 'Every commitment met in this period',
    empty: 'No indicators',
  },
};
