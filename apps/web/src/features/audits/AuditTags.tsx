import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditKind, AuditStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<AuditStatus, string> = {
  PLANNED: 'default',
  IN_PROGRESS: 'processing',
  SUBMITTED: 'success',
  CLOSED: 'green',
  CANCELLED: 'default',
};

const SECRET: ReadonlySet<AuditKind> = new Set(['SPOT_CHECK', 'NIGHT_PATROL'] as AuditKind[]);

export function KindTag({ kind }: { kind: AuditKind }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={SECRET.has(kind) ? 'purple' : kind === 'QUARTERLY' ? 'blue' : 'cyan'}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`audits.kinds.${kind}`)}
    </Tag>
  );
}

export function StatusTag({ status, overdue }: { status: AuditStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: overdue ? 4 : 0 }}>
        {t(`audits.statuses.${status}`)}
      </Tag>
      {overdue ? (
        <Tag color="error" style={{ marginInlineEnd: 0 }}>
          {t('audits.overdue')}
        </Tag>
      ) : null}
    </>
  );
}
