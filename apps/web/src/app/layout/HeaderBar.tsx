import { ROLE_LABELS } from '@anju/domain';
import {
  DownOutlined,
  GlobalOutlined,
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Layout, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { useLabel } from '../../shared/useLabel';
import { useAuth } from '../auth';
import type { Language } from '../i18n';
import { useLocale } from '../locale';
import { useSession } from '../session';
import { CompanySwitcher } from './CompanySwitcher';

interface Props {
  compact: boolean;
  collapsed: boolean;
  onToggleMenu(): void;
  onSignOut(): void;
}

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '中文', 'en-US': 'English' };

export function HeaderBar({ compact, collapsed, onToggleMenu, onSignOut }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const { lang, setLang } = useLocale();
  const { me, company } = useSession();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  // The new token brings a new API client (empty cache, new socket): nothing of the previous
  // company stays on screen. Pages of the previous company's objects make no sense: go home.
  const onSwitched = (token: string) => {
    navigate('/', { replace: true });
    signIn(token);
  };

  const roles = me.platformAdmin ? [label(ROLE_LABELS.PLATFORM_ADMIN)] : [];
  for (const m of me.memberships) roles.push(label(ROLE_LABELS[m.role]));
  const roleText = roles.length > 1 ? `${roles[0]} +${roles.length - 1}` : (roles[0] ?? '');
  const toggleIcon = compact ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />;
  const toggleLabel = compact ? t('header.openMenu') : collapsed ? t('header.expand') : t('header.collapse');

  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        borderBottom: '1px solid #e8ebf1',
        position: 'sticky',
        top: 0,
        zIndex: 10,
        paddingInline: compact ? 12 : 20,
      }}
    >
      <Button type="text" icon={toggleIcon} onClick={onToggleMenu} aria-label={toggleLabel} />
      <Typography.Text
        strong
        ellipsis
        style={{ flex: 1, minWidth: 0, fontSize: 15 }}
        data-testid="company-name"
      >
        {company?.name ?? t('header.platform')}
      </Typography.Text>
      <CompanySwitcher currentId={company?.id ?? null} compact={compact} onSwitched={onSwitched} />
      {company ? <NotificationBell compact={compact} /> : null}
      <Dropdown
        trigger={['click']}
        menu={{
          selectable: true,
          selectedKeys: [lang],
          items: (Object.keys(LANGUAGE_NAMES) as Language[]).map((l) => ({
            key: l,
            label: LANGUAGE_NAMES[l],
          })),
          onClick: ({ key }) => setLang(key as Language),
        }}
      >
        <Button type="text" icon={<GlobalOutlined />} aria-label={t('header.language')}>
          {compact ? null : LANGUAGE_NAMES[lang]}
        </Button>
      </Dropdown>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'who',
              disabled: true,
              label: (
                <Flex vertical style={{ minWidth: 180 }}>
                  <Typography.Text strong>{me.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {me.email}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {roles.join(t('common.nameSeparator'))}
                  </Typography.Text>
                </Flex>
              ),
            },
            { type: 'divider' },
            { key: 'signOut', icon: <LogoutOutlined />, label: t('header.signOut'), onClick: onSignOut },
          ],
        }}
      >
        <Button type="text" style={{ height: 40, paddingInline: 6 }} data-testid="user-menu">
          <Flex align="center" gap={8}>
            <Avatar size={28} style={{ background: '#1f4fd1', flex: 'none' }}>
              {me.name.slice(0, 1)}
            </Avatar>
            {compact ? null : (
              <>
                <Typography.Text>{me.name}</Typography.Text>
                {roleText ? (
                  <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                    {roleText}
                  </Tag>
                ) : null}
                <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />
              </>
            )}
          </Flex>
        </Button>
      </Dropdown>
    </Layout.Header>
  );
}
