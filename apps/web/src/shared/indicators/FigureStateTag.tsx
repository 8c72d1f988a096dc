import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FigureState, FormState } from '../../gql/graphql';

const COLORS: Record<FigureState | FormState, string> = {
  EMPTY: 'default',
  DRAFT: 'default',
  SUBMITTED: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  MIXED: 'warning',
};

/** 草稿 / 已提交 / 已审核 / 已退回 (with HQ's reason on hover). */
export function FigureStateTag({
  state,
  reason,
}: {
  state: FigureState | FormState;
  reason?: string | null;
}) {
  const { t } = useTranslation();
  const tag = (
    <Tag color={COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {t(`figureState.${state}`)}
    </Tag>
  );
  return reason && state === 'REJECTED' ? (
    <Tooltip title={t('figureState.rejectReason', { reason })}>{tag}</Tooltip>
  ) : (
    tag
  );
}
