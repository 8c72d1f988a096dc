import { PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Empty, Flex, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { useSession } from '../../app/session';
import type { WorkOrderBoardColumn } from '../../gql/graphql';
import { EstatePicker } from '../../shared/EstatePicker';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useIsMobile } from '../../shared/useIsMobile';
import { CreateWorkOrderDrawer } from './CreateWorkOrderDrawer';
import { applyEvent, BOARD_COLUMNS, type Board, type Card as Order, serverNow } from './model';
import { StepActions } from './StepActions';
import { useEstateParam } from './useEstateParam';
import { WorkOrderDrawer } from './WorkOrderDrawer';
import { BreachTag, Countdown, KindTag, useStepsText } from './WorkOrderTags';
import { WorkOrderBoardQuery, WorkOrderChangedSubscription } from './workOrders.graphql';
import './work-orders.css';

/** The server's now, ticking every second from the instant the board was read at. */
function useServerNow(boardAt: string | undefined): number {
  const received = useRef({ at: boardAt, local: Date.now() });
  if (received.current.at !== boardAt) received.current = { at: boardAt, local: Date.now() };
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return boardAt ? serverNow(boardAt, received.current.local, Date.now()) : Date.now();
}

/** One card: the place, the kind, who has it, the countdown to its next deadline, its steps. */
export function BoardCard({
  order,
  nowMs,
  flash,
  onOpen,
  onChanged,
  phone,
}: {
  order: Order;
  nowMs: number;
  flash: boolean;
  onOpen: () => void;
  onChanged: () => void;
  phone: boolean;
}) {
  const { t } = useTranslation();
  const classes = ['wo-card', order.breached ? 'wo-breached' : '', flash ? 'wo-just-breached' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Card
      size="small"
      className={classes}
      // A click in a step's form (a portal) bubbles here through React: only the card's own opens it.
      onClick={(e) => {
        if (e.currentTarget.contains(e.target as Node)) onOpen();
      }}
      data-testid={`board-card-${order.number}`}
      data-breached={order.breached ? 'true' : 'false'}
    >
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text strong style={{ fontSize: phone ? 16 : 14 }}>
            {t('workOrders.number', { number: order.number })} {order.location}
          </Typography.Text>
          <KindTag kind={order.kind} />
        </Flex>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {t(`workOrders.category.${order.category}`)} · {order.description}
        </Typography.Text>
        <Flex justify="space-between" align="center" wrap gap={4}>
          <Countdown order={order} nowMs={nowMs} />
          <Typography.Text style={{ fontSize: 12 }}>
            {order.assignee?.name ?? t('workOrders.unassigned')}
          </Typography.Text>
        </Flex>
        {order.breached ? (
          <div>
            <BreachTag steps={order.breachedSteps} />
          </div>
        ) : null}
        <StepActions order={order} block={phone} size={phone ? 'large' : 'middle'} onDone={onChanged} />
      </Flex>
    </Card>
  );
}

/**
 * /work-orders/board: an estate's orders of today in five columns (tabs on a phone), live through
 * `workOrderChanged`: a step taken anywhere moves its card, a breach turns it red the moment the
 * job flags it, and each card counts down to its next deadline on the API's clock.
 */
export function BoardPage() {
  const { t } = useTranslation();
  const phone = useIsMobile();
  const { message } = App.useApp();
  const { ability } = useSession();
  const [estateId, setEstateId] = useEstateParam();
  const [estateName, setEstateName] = useState<string | undefined>();
  const [tab, setTab] = useState<WorkOrderBoardColumn>('NEW');
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [flashing, setFlashing] = useState<ReadonlySet<string>>(new Set());
  const stepsText = useStepsText();
  const [result, refetch] = useQuery({
    query: WorkOrderBoardQuery,
    variables: { estateId: estateId ?? '', first: 50 },
    pause: !estateId,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [board, setBoard] = useState<Board | null>(null);
  useEffect(() => {
    const b = result.data?.workOrderBoard;
    if (b && b.estateId === estateId) setBoard(b);
    else if (!b) setBoard(null);
  }, [result.data, estateId]);
  const [live] = useSubscription({
    query: WorkOrderChangedSubscription,
    variables: { estateId: estateId ?? '' },
    pause: !estateId,
  });
  // The latest of what the event handler needs, so that it runs once per event only.
  const latest = useRef({ reload, message, t, stepsText, estateId });
  latest.current = { reload, message, t, stepsText, estateId };
  useEffect(() => {
    const e = live.data?.workOrderChanged;
    const now = latest.current;
    if (!e || e.estateId !== now.estateId) return;
    setBoard((b) => (b ? applyEvent(b, e.workOrderId, e.workOrder ?? null) : b));
    if (e.event === 'BREACHED' && e.workOrder) {
      const o = e.workOrder;
      setFlashing((s) => new Set(s).add(o.id));
      void now.message.warning({
        content: now.t('workOrders.board.breachAlert', {
          number: o.number,
          location: o.location,
          steps: now.stepsText(e.steps),
        }),
        key: `breach-${o.id}`,
        duration: 6,
      });
    }
    // Then read the board again (columns' order, counts, cards beyond the first).
    const timer = setTimeout(() => latest.current.reload(), 600);
    return () => clearTimeout(timer);
  }, [live.data]);
  const nowMs = useServerNow(board?.at);
  const columns = useMemo(() => board?.columns ?? [], [board]);

  const renderColumn = (column: WorkOrderBoardColumn) => {
    const c = columns.find((x) => x.column === column);
    if (!c) return null;
    return (
      <Flex vertical data-testid={`board-column-${column}`}>
        {c.cards.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workOrders.board.emptyColumn')} />
        ) : (
          c.cards.map((o) => (
            <BoardCard
              key={o.id}
              order={o}
              nowMs={nowMs}
              flash={flashing.has(o.id)}
              phone={phone}
              onOpen={() => setOpenId(o.id)}
              onChanged={reload}
            />
          ))
        )}
        {c.count > c.cards.length ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('workOrders.board.more', { count: c.count - c.cards.length })}
          </Typography.Text>
        ) : null}
      </Flex>
    );
  };
  const columnTitle = (column: WorkOrderBoardColumn) => {
    const c = columns.find((x) => x.column === column);
    return (
      <Flex gap={6} align="center" wrap>
        <span>{t(`workOrders.board.columns.${column}`)}</span>
        <Tag style={{ marginInlineEnd: 0 }}>{c?.count ?? 0}</Tag>
        {c?.breachedCount ? (
          <Tag color="error" style={{ marginInlineEnd: 0 }} data-testid={`breached-count-${column}`}>
            {t('workOrders.board.breachedCount', { count: c.breachedCount })}
          </Tag>
        ) : null}
      </Flex>
    );
  };

  return (
    <div>
      <PageHeader
        title={t('workOrders.board.title')}
        subtitle={estateName ? t('workOrders.board.subtitle', { estate: estateName }) : undefined}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <EstatePicker
          value={estateId}
          onChange={(id, name) => {
            setEstateId(id);
            setEstateName(name);
          }}
          autoSelectFirst
          placeholder={t('workOrders.chooseEstate')}
          style={{ width: phone ? '100%' : 240 }}
        />
        <Flex flex={1} justify="flex-end" gap={8} align="center">
          <Badge
            status={live.error ? 'default' : 'processing'}
            text={t('workOrders.live')}
            data-testid="board-live"
          />
          <Link to={`/work-orders${estateId ? `?estate=${estateId}` : ''}`}>
            <Button
              icon={<UnorderedListOutlined />}
              size={phone ? 'large' : 'middle'}
              aria-label={t('workOrders.openList')}
            >
              {phone ? null : t('workOrders.openList')}
            </Button>
          </Link>
          {ability.can('create', 'WorkOrder') ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              size={phone ? 'large' : 'middle'}
              disabled={!estateId}
              onClick={() => setCreating(true)}
            >
              {t('workOrders.create')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      <QueryError error={result.error} onRetry={reload} />
      {!board ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : phone ? (
        <>
          <Segmented<WorkOrderBoardColumn>
            block
            value={tab}
            onChange={setTab}
            className="wo-tabs"
            data-testid="board-tabs"
            options={BOARD_COLUMNS.map((c) => {
              const col = columns.find((x) => x.column === c);
              return {
                value: c,
                label: (
                  <Flex vertical align="center" style={{ padding: '6px 0', lineHeight: 1.2 }}>
                    <span style={{ fontSize: 12 }}>{t(`workOrders.board.columns.${c}`)}</span>
                    <Typography.Text strong type={col?.breachedCount ? 'danger' : undefined}>
                      {col?.count ?? 0}
                    </Typography.Text>
                  </Flex>
                ),
              };
            })}
            style={{ marginBottom: 12 }}
          />
          <Flex justify="space-between" style={{ marginBottom: 8 }}>
            {columnTitle(tab)}
          </Flex>
          {renderColumn(tab)}
        </>
      ) : (
        <div className="wo-board">
          {BOARD_COLUMNS.map((c) => (
            <div key={c} className="wo-column">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {columnTitle(c)}
              </Typography.Title>
              {renderColumn(c)}
            </div>
          ))}
        </div>
      )}
      <WorkOrderDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
      <CreateWorkOrderDrawer
        estateId={estateId}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          reload();
        }}
      />
    </div>
  );
}
