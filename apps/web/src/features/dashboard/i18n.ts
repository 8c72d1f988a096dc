import type { Widen } from '../../app/i18n/types';

/** Labels of the home page: one namespace of the app's translations (combined in app/i18n). */
export const zhCN = {
  dashboard: {
    greeting: '{{name}}，您好',
    subtitle: '{{company}} · 品质管理工作台',
    regions: '区域',
    estates: '小区总数',
    managed: '在管小区',
    preparing: '筹备中小区',
    myRoles: '我的角色与数据范围',
    scopeCompany: '全公司',
    scopeRegion: '区域：{{name}}',
    scopeEstates: '小区：{{names}}',
    regionList: '区域分布',
    noRegions: '尚未设置区域',
    estateCount: '{{count}} 个小区',
    goEstates: '进入小区管理',
    company: '公司信息',
    companyName: '公司名称',
    slug: '公司标识',
    timeZone: '时区',
  },
};

export const enUS: Widen<typeof zhCN> = {
  dashboard: {
    greeting: 'Hello, {{name}}',
    subtitle: '{{company}} · quality workspace',
    regions: 'Regions',
    estates: 'Estates',
    managed: 'Managed',
    preparing: 'Preparing',
    myRoles: 'My roles and scope',
    scopeCompany: 'Whole company',
    scopeRegion: 'Region: {{name}}',
    scopeEstates: 'Estates: {{names}}',
    regionList: 'Regions',
    noRegions: 'No regions yet',
    estateCount: '{{count}} estates',
    goEstates: 'Open estates',
    company: 'Company',
    companyName: 'Name',
    slug: 'Slug',
    timeZone: 'Time zone',
  },
};
