import { ROLE_LABELS } from '@anju/domain';
import { CheckOutlined, MailOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Badge, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useLabel } from '../../shared/useLabel';
import {
  AcceptCompanyInvitationMutation,
  MyCompaniesQuery,
  MyInvitationsQuery,
  SwitchCompanyMutation,
} from '../session.graphql';

const companyContext = { additionalTypenames: ['Company', 'CompanyInvitation'] };

interface Props {
  /** The company the session works in (null for a platform admin outside any company). */
  currentId: string | null;
  compact: boolean;
  /** Called with the session's new token: the caller replaces the API client, so no data stays. */
  onSwitched(token: string): void;
}

/**
 * The person's companies (shown with two or more) and the invitations waiting for them. Switching
 * moves the session to the other company under a new token; the caller then starts afresh.
 */
export function CompanySwitcher({ currentId, compact, onSwitched }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const { message, modal } = App.useApp();
  const [mine, refetchMine] = useQuery({ query: MyCompaniesQuery, context: companyContext });
  const [invites, refetchInvites] = useQuery({ query: MyInvitationsQuery, context: companyContext });
  const [switching, switchCompany] = useMutation(SwitchCompanyMutation);
  const [, acceptInvitation] = useMutation(AcceptCompanyInvitationMutation);
  const companies = mine.data?.myCompanies ?? [];
  const invitations = invites.data?.myInvitations ?? [];
  if (companies.length < 2 && invitations.length === 0) return null;

  const switchTo = async (companyId: string) => {
    if (companyId === currentId) return;
    const result = await switchCompany({ input: { companyId } });
    if (result.data) onSwitched(result.data.switchCompany.token);
    else message.error(t('accounts.switchFailed'));
  };

  const accept = (invitation: (typeof invitations)[number]) =>
    modal.confirm({
      title: t('accounts.acceptTitle', { company: invitation.companyName }),
      content: t('accounts.acceptText', {
        roles: invitation.roles.map((r) => label(ROLE_LABELS[r])).join(t('common.nameSeparator')),
      }),
      okText: t('accounts.accept'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const result = await acceptInvitation({ input: { invitationId: invitation.id } });
        if (result.error) {
          message.error(t('accounts.acceptFailed'));
          return;
        }
        message.success(t('accounts.accepted', { company: invitation.companyName }));
        refetchMine({ requestPolicy: 'network-only' });
        refetchInvites({ requestPolicy: 'network-only' });
      },
    });

  const items: MenuProps['items'] = [
    ...(companies.length >= 2
      ? [
          {
            type: 'group' as const,
            label: t('accounts.companies'),
            children: companies.map((c) => ({
              key: c.id,
              label: c.name,
              icon: c.id === currentId ? <CheckOutlined /> : <span style={{ width: 14 }} />,
              onClick: () => void switchTo(c.id),
            })),
          },
        ]
      : []),
    ...(invitations.length
      ? [
          { type: 'divider' as const },
          {
            type: 'group' as const,
            label: t('accounts.invitations'),
            children: invitations.map((i) => ({
              key: `invitation:${i.id}`,
              icon: <MailOutlined />,
              label: t('accounts.invitationItem', { company: i.companyName }),
              onClick: () => accept(i),
            })),
          },
        ]
      : []),
  ];

  return (
    <Dropdown
      trigger={['click']}
      menu={{ items, selectable: true, selectedKeys: currentId ? [currentId] : [] }}
    >
      <Badge count={invitations.length} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<SwapOutlined />}
          loading={switching.fetching}
          aria-label={t('accounts.switch')}
          data-testid="company-switcher"
        >
          {compact ? null : t('accounts.switch')}
        </Button>
      </Badge>
    </Dropdown>
  );
}
