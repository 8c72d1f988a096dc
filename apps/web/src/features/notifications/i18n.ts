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
      AUDIT_ASSIGNED: {
        title: '新的检查任务：{{title}}',
        body: '{{estateName}}，计划于 {{plannedAt}} 开始。',
      },
      RECTIFICATION_ASSIGNED: {
        title: '整改任务：{{item}}',
        body: '{{estateName}}，请于 {{dueAt}} 前完成整改并提交证据。',
      },
      RECTIFICATION_SUBMITTED: {
        title: '整改待验证：{{item}}',
        body: '{{estateName}}已提交整改证据，请验证。',
      },
      RECTIFICATION_REOPENED: { title: '整改被退回：{{item}}', body: '{{estateName}}：{{reason}}' },
      RECTIFICATION_OVERDUE: {
        title: '整改已逾期：{{item}}',
        body: '{{estateName}}的整改已超过期限 {{dueAt}}。',
      },
      APPEAL_FILED: { title: '新的申诉：{{item}}', body: '{{estateName}}对检查发现提出申诉，请裁决。' },
      APPEAL_DECIDED: { title: '申诉已裁决：{{item}}', body: '{{estateName}}的申诉结果：{{decision}}' },
      CERTIFICATE_EXPIRING: {
        title: '证书即将到期：{{staffName}}',
        body: '{{estateName}} {{positionName}} {{staffName}} 的证书将于 {{expiresOn}} 到期（还有 {{daysLeft}} 天），请安排复审或换证。',
      },
      ROSTER_MISSING: {
        title: '请编排 {{month}} 排班：{{estateName}} {{departmentName}}',
        body: '{{estateName}}{{departmentName}}（{{staffCount}} 人）尚未生成 {{month}} 的排班表，请在月底前完成。',
      },
      COMPLAINT_MAJOR: {
        title: '重大投诉：{{estateName}} 第 {{number}} 号',
        body: '{{estateName}}收到一起重大投诉（{{category}}），请立即跟进。',
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
      AUDIT_ASSIGNED: {
        title: 'New audit: {{title}}',
        body: '{{estateName}}, planned to start {{plannedAt}}.',
      },
      RECTIFICATION_ASSIGNED: {
        title: 'Rectification: {{item}}',
        body: '{{estateName}}: rectify and submit evidence by {{dueAt}}.',
      },
      RECTIFICATION_SUBMITTED: {
        title: 'To verify: {{item}}',
        body: '{{estateName}} submitted rectification evidence.',
      },
      RECTIFICATION_REOPENED: {
        title: 'Rectification reopened: {{item}}',
        body: '{{estateName}}: {{reason}}',
      },
      RECTIFICATION_OVERDUE: {
        title: 'Rectification overdue: {{item}}',
        body: '{{estateName}}: it was due {{dueAt}}.',
      },
      APPEAL_FILED: {
        title: 'New appeal: {{item}}',
        body: '{{estateName}} appealed a finding; please decide.',
      },
      APPEAL_DECIDED: {
        title: 'Appeal decided: {{item}}',
        body: 'The appeal of {{estateName}}: {{decision}}',
      },
      CERTIFICATE_EXPIRING: {
        title: 'Certificate expiring: {{staffName}}',
        body: '{{estateName}}: the certificate of {{staffName}} ({{positionName}}) expires on {{expiresOn}}, in {{daysLeft}} days. Please arrange its renewal.',
      },
      ROSTER_MISSING: {
        title: 'Roster of {{month}} needed: {{estateName}} {{departmentName}}',
        body: '{{estateName}} {{departmentName}} ({{staffCount}} people) has no roster for {{month}} yet; please generate it before the month ends.',
      },
      COMPLAINT_MAJOR: {
        title: 'Major complaint: {{estateName}} no. {{number}}',
        body: '{{estateName}} received a major complaint ({{category}}); please follow it up now.',
      },
    },
  },
};
