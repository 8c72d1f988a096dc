import type { AppAbility } from '@anju/domain';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { navItems } from './menuItems';

interface Props {
  ability: AppAbility;
  hasCompany: boolean;
  onNavigate?: () => void;
}

export function SideMenu({ ability, hasCompany, onNavigate }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = navItems(ability, hasCompany, t);
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selectedKey(pathname, items)]}
      items={items}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 0, paddingInline: 4 }}
    />
  );
}

/**
 * The entry of the page shown: the longest entry key the path starts with (工单看板
 * `/work-orders/board` rather than 报修工单 `/work-orders`), else the path's first segment
 * (`/team/staff/1` → `/team`).
 */
export function selectedKey(pathname: string, items: ReturnType<typeof navItems>): string {
  const keys = items.flatMap((i) => (i && 'key' in i && typeof i.key === 'string' ? [i.key] : []));
  const matches = keys.filter((k) => pathname === k || pathname.startsWith(`${k}/`));
  if (matches.length) return matches.reduce((a, b) => (b.length > a.length ? b : a));
  return `/${pathname.split('/')[1] ?? ''}`;
}
