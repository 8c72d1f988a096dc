import { HistoryOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, List, Popover, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { IndicatorUnit } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { FigureStateTag } from '../../shared/indicators/FigureStateTag';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { FigureHistoryQuery } from './figures.graphql';

interface Props {
  estateId: string;
  month: string;
  indicatorCode: string;
  unit: IndicatorUnit;
}

function Revisions({ estateId, month, indicatorCode, unit }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const [{ data, fetching }] = useQuery({
    query: FigureHistoryQuery,
    variables: { estateId, month, indicatorCode },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Spin size="small" style={{ margin: 16 }} />;
  const rows = data?.figureHistory ?? [];
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('figures.noHistory')} />;
  return (
    <List
      size="small"
      dataSource={rows}
      style={{ width: 320, maxHeight: 360, overflow: 'auto' }}
      renderItem={(r) => (
        <List.Item style={{ paddingInline: 0 }}>
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>{t('figures.revision', { n: r.revision })}</Typography.Text>
              <Flex gap={4}>
                {r.effective ? (
                  <Typography.Text type="success">{t('figures.inForce')}</Typography.Text>
                ) : null}
                <FigureStateTag state={r.state} reason={r.rejectReason} />
              </Flex>
            </Flex>
            <Typography.Text style={{ fontSize: 12 }}>
              {r.denominator != null ? `${r.numerator} / ${r.denominator} = ` : ''}
              {text.value(r.value, unit)}
            </Typography.Text>
            {r.correctionReason ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('figures.correctionReason', { reason: r.correctionReason })}
              </Typography.Text>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(r.updatedAt)}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}

/** Every revision of one figure (newest first): the old ones stay readable after a correction. */
export function RevisionsPopover(props: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      title={t('figures.history')}
      content={open ? <Revisions {...props} /> : null}
      placement="left"
    >
      <Button size="small" type="text" icon={<HistoryOutlined />} aria-label={t('figures.history')}>
        {t('figures.historyShort')}
      </Button>
    </Popover>
  );
}
