import type { Widen } from '../types';

/** Labels of the platform’s companies page (features/companies): one namespace of the app's translations (combined in app/i18n). */
export const zhCN = {
  companies: {
    title: '公司管理',
    subtitle: '平台上的物业公司（租户）',
    create: '新建公司',
    columns: { name: '公司名称', slug: '标识', timeZone: '时区', createdAt: '创建时间', status: '状态' },
    active: '正常',
    archived: '已归档',
    empty: '还没有公司',
    emptyHint: '新建第一家物业公司及其管理员账号',
    fields: {
      name: '公司名称',
      namePlaceholder: '例如：安居物业',
      slug: '公司标识',
      slugHint: '小写字母、数字和连字符，创建后不可修改',
      admin: '首位公司管理员',
      adminEmail: '管理员邮箱',
      adminName: '管理员姓名',
      adminPassword: '初始密码',
    },
    validation: {
      nameRequired: '请输入公司名称',
      slugRequired: '请输入公司标识',
      slugInvalid: '只能包含小写字母、数字和连字符',
      passwordShort: '密码至少 8 位',
    },
    createdMsg: '已创建公司“{{name}}”',
  },
};

export const enUS: Widen<typeof zhCN> = {
  companies: {
    title: 'Companies',
    subtitle: 'Property-management companies (tenants) on the platform',
    create: 'New company',
    columns: { name: 'Name', slug: 'Slug', timeZone: 'Time zone', createdAt: 'Created', status: 'Status' },
    active: 'Active',
    archived: 'Archived',
    empty: 'No companies yet',
    emptyHint: 'Create the first company and its admin account',
    fields: {
      name: 'Company name',
      namePlaceholder: 'e.g. Anju Property',
      slug: 'Slug',
      slugHint: 'Lowercase letters, digits and hyphens; cannot change later',
      admin: 'First company admin',
      adminEmail: 'Admin email',
      adminName: 'Admin name',
      adminPassword: 'Initial password',
    },
    validation: {
      nameRequired: 'Enter a name',
      slugRequired: 'Enter a slug',
      slugInvalid: 'Only lowercase letters, digits and hyphens',
      passwordShort: 'At least 8 characters',
    },
    createdMsg: 'Created company “{{name}}”',
  },
};
