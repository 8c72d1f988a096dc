import { FireOutlined, WarningFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderSlaStep, WorkOrderStatus } from '../../gql/graphql';
import { type Card, countdown, pendingDeadline } from './model';

export const STATUS_COLOR: Record<WorkOrderStatus, string> = {
  NEW: 'gold',
  DISPATCHED: 'blue',
  ON_SITE: 'cyan',
  COMPLETED: 'green',
  CALLED_BACK: 'purple',
  CLOSED: 'default',
};

export function StatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`workOrders.status.${status}`)}
    </Tag>
  );
}

export function KindTag({ kind }: { kind: Card['kind'] }) {
  const { t } = useTranslation();
  return kind === 'URGENT' ? (
    <Tag color="red" icon={<FireOutlined />} style={{ marginInlineEnd: 0 }}>
      {t('workOrders.kind.URGENT')}
    </Tag>
  ) : (
    <Tag style={{ marginInlineEnd: 0 }}>{t('workOrders.kind.MINOR')}</Tag>
  );
}

export function useStepsText() {
  const { t } = useTranslation();
  return (steps: readonly WorkOrderSlaStep[]) =>
    steps.map((s) => t(`workOrders.slaStep.${s}`)).join(t('common.nameSeparator'));
}

/** The red flag of an order that missed a deadline, naming the steps. */
export function BreachTag({ steps }: { steps: readonly WorkOrderSlaStep[] }) {
  const { t } = useTranslation();
  const text = useStepsText();
  return (
    <Tag color="error" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }} data-testid="breach-tag">
      {steps.length ? t('workOrders.breachedSteps', { steps: text(steps) }) : t('workOrders.breached')}
    </Tag>
  );
}

/** Time left to the order's next deadline (or how long past it), at `nowMs` (the server's now). */
export function Countdown({ order, nowMs }: { order: Card; nowMs: number }) {
  const { t } = useTranslation();
  const pending = pendingDeadline(order);
  if (!pending) return null;
  const c = countdown(pending.dueAt, nowMs);
  const label = t(
    `workOrders.due.${pending.step === 'DISPATCH' ? 'dispatch' : pending.step === 'ARRIVE' ? 'arrive' : 'complete'}`,
  );
  return (
    <Typography.Text
      type={c.over ? 'danger' : c.ms < 5 * 60_000 ? 'warning' : 'secondary'}
      strong={c.over || c.ms < 5 * 60_000}
      style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}
      data-testid="countdown"
    >
      {label}{' '}
      {c.over ? t('workOrders.due.over', { time: c.text }) : t('workOrders.due.left', { time: c.text })}
    </Typography.Text>
  );
}
