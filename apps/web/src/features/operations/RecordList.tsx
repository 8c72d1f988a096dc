import { RECORD_LIST_LIMIT } from '@anju/domain';
import { Button, Empty, Flex, List, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../shared/useIsMobile';

export interface Column<T> {
  key: string;
  title: string;
  render(row: T): ReactNode;
  /** Shown on phones under the title line. */
  phone?: boolean;
}

interface Props<T extends { id: string }> {
  rows: readonly T[];
  columns: Column<T>[];
  /** The first line of a row on phones. */
  heading(row: T): ReactNode;
  onEdit?(row: T): void;
  loading?: boolean;
  testId: string;
}

/** A table on desktops, a list of cards on phones; an edit action per row when allowed. */
export function RecordList<T extends { id: string }>({
  rows,
  columns,
  heading,
  onEdit,
  loading,
  testId,
}: Props<T>) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  if (!loading && rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('operations.empty')} />;
  const body = mobile ? (
    <List
      loading={loading}
      dataSource={[...rows]}
      data-testid={testId}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small', align: 'center' } : false}
      renderItem={(row) => (
        <List.Item
          data-testid={`${testId}-row`}
          actions={
            onEdit
              ? [
                  <Button key="edit" size="small" type="link" onClick={() => onEdit(row)}>
                    {t('operations.edit')}
                  </Button>,
                ]
              : []
          }
        >
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong>{heading(row)}</Typography.Text>
            {columns
              .filter((c) => c.phone)
              .map((c) => (
                <Typography.Text key={c.key} type="secondary" style={{ fontSize: 13 }}>
                  {c.title}：{c.render(row)}
                </Typography.Text>
              ))}
          </Flex>
        </List.Item>
      )}
    />
  ) : (
    <Table<T>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={[...rows]}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 20 ? { pageSize: 20, size: 'small' } : false}
      onRow={() => ({ 'data-testid': `${testId}-row` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        ...columns.map((c) => ({
          key: c.key,
          title: c.title,
          render: (_: unknown, row: T) => c.render(row),
        })),
        ...(onEdit
          ? [
              {
                key: 'edit',
                title: '',
                render: (_: unknown, row: T) => (
                  <Button size="small" type="link" onClick={() => onEdit(row)}>
                    {t('operations.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
  // The API answers the newest RECORD_LIST_LIMIT: say so rather than let older records vanish.
  if (rows.length < RECORD_LIST_LIMIT) return body;
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary" data-testid={`${testId}-capped`}>
        {t('operations.capped', { count: RECORD_LIST_LIMIT })}
      </Typography.Text>
      {body}
    </Flex>
  );
}
