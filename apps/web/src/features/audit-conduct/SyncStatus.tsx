import {
  CheckCircleOutlined,
  CloudSyncOutlined,
  DisconnectOutlined,
  ExclamationCircleOutlined,
  LoadingOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncBadge } from './model';

/** The form's sync state in one tag: all saved / N waiting / offline / syncing / conflict. */
export function SyncStatus({ badge }: { badge: SyncBadge }) {
  const { t } = useTranslation();
  const { kind, count } = badge;
  const [color, icon, text] = (() => {
    switch (kind) {
      case 'saved':
        return ['success', <CheckCircleOutlined key="i" />, t('auditConduct.sync.saved')];
      case 'waiting':
        return ['gold', <CloudSyncOutlined key="i" />, t('auditConduct.sync.waiting', { count })];
      case 'syncing':
        return ['processing', <LoadingOutlined key="i" />, t('auditConduct.sync.syncing')];
      case 'retrying':
        return ['warning', <CloudSyncOutlined key="i" />, t('auditConduct.sync.retrying', { count })];
      case 'offline':
        return [
          'default',
          <DisconnectOutlined key="i" />,
          count > 0 ? t('auditConduct.sync.offlineWaiting', { count }) : t('auditConduct.sync.offline'),
        ];
      case 'conflict':
        return ['error', <ExclamationCircleOutlined key="i" />, t('auditConduct.sync.conflict', { count })];
      case 'rejected':
        return ['error', <ExclamationCircleOutlined key="i" />, t('auditConduct.sync.rejected', { count })];
    }
  })();
  return (
    <Tag
      color={color}
      icon={icon}
      role="status"
      aria-live="polite"
      data-testid="sync-state"
      data-state={kind}
      data-count={count}
      style={{ fontSize: 14, padding: '4px 10px', marginInlineEnd: 0 }}
    >
      {text}
    </Tag>
  );
}
