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
  const selected = `/${pathname.split('/')[1] ?? ''}`;
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      items={navItems(ability, hasCompany, t)}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 0, paddingInline: 4 }}
    />
  );
}
