import type { Widen } from '../../app/i18n/types';

/** The company admin's settings page: one namespace of the app's translations (combined in app/i18n). */
export const zhCN = {
  settings: {
    title: '公司设置',
    subtitle: '{{company}}的工作规则',
    reminder: {
      title: '月度数据提醒',
      enabled: '提醒未按时提交的小区',
      day: '提交截止日',
      dayUnit: '日',
      hint: '各小区须在每月该日前提交上月的月度数据。当天 9:00（北京时间），尚未提交的小区的项目经理会收到站内通知，每个小区每月只提醒一次。',
      off: '已关闭：不发送提醒。',
    },
    saved: '设置已保存',
    gradeBands: {
      title: '检查等级',
      hint: '检查得分率达到某一档的最低分即为该等级，从高到低排列，最后一档最低分为 0。',
      grade: '等级代码',
      label: '等级名称',
      labelEn: '英文名称',
      min: '最低分（%）',
      add: '添加等级',
      remove: '删除',
      reset: '恢复默认',
      saved: '检查等级已保存',
    },
  },
};

export const enUS: Widen<typeof zhCN> = {
  settings: {
    title: 'Company settings',
    subtitle: 'Working rules of {{company}}',
    reminder: {
      title: 'Monthly figures reminder',
      enabled: 'Remind estates that have not submitted',
      day: 'Submission deadline',
      dayUnit: 'day',
      hint: 'Estates submit last month’s figures by this day of each month. At 09:00 (Beijing time) that day, the managers of estates that have not submitted get a notification, once per estate and month.',
      off: 'Off: no reminders are sent.',
    },
    saved: 'Settings saved',
    gradeBands: {
      title: 'Audit grades',
      hint: 'An audit takes the first grade whose minimum its percentage reaches; best first, the last minimum is 0.',
      grade: 'Grade code',
      label: 'Name',
      labelEn: 'English name',
      min: 'Minimum (%)',
      add: 'Add grade',
      remove: 'Remove',
      reset: 'Restore defaults',
      saved: 'Audit grades saved',
    },
  },
};
