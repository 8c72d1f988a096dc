import type { ThemeConfig } from 'antd';

export const SIDER_BG = '#0f1f3d';

const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Segoe UI'",
  'Roboto',
  "'Helvetica Neue'",
  'Arial',
  'sans-serif',
].join(', ');

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4fd1',
    colorInfo: '#1f4fd1',
    borderRadius: 8,
    colorBgLayout: '#f3f5f9',
    fontFamily,
  },
  components: {
    Layout: {
      siderBg: SIDER_BG,
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 20px',
      bodyBg: '#f3f5f9',
    },
    Menu: {
      darkItemBg: SIDER_BG,
      darkSubMenuItemBg: SIDER_BG,
      darkPopupBg: SIDER_BG,
      darkItemSelectedBg: '#1f4fd1',
    },
    Table: { headerBg: '#f7f8fb' },
  },
};
