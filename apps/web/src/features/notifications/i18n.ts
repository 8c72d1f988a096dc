import type { Widen } from '../../app/i18n/types';

/** The header's notification bell: one namespace of the app's translations (combined in app/i18n). */
export const zhCN = {
  notifications: {
    bell: '通知',
    bellWithCount: '通知（{{count}} 条未读）',
    title: '通知',
    unread: '{{count}} 条未读',
    empty: '暂无通知',
    markRead: '标为已读',
    read: '已读',
    more: '加载更多',
    loadFailed: '通知加载失败',
    open: '前往处理',
    kinds: {
      FIGURES_REMINDER: {
        title: '请提交{{month}}月度数据',
        body: '{{estateName}}尚未提交{{month}}的月度指标数据（每月 {{day}} 日截止），请尽快填报并提交。',
      },
    },
  },
};

export const enUS: Widen<typeof zhCN> = {
  notifications: {
    bell: 'Notifications',
    bellWithCount: 'Notifications ({{count}} unread)',
    title: 'Notifications',
    unread: '{{count}} unread',
    empty: 'No notifications',
    markRead: 'Mark as read',
    read: 'Read',
    more: 'Load more',
    loadFailed: 'Could not load notifications',
    open: 'Open',
    kinds: {
      FIGURES_REMINDER: {
        title: 'Please submit the figures of {{month}}',
        body: '{{estateName}} has not submitted its figures of {{month}} (due on day {{day}} of each month). Please fill them in and submit them.',
      },
    },
  },
};
