import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorPager } from './useCursorPager';

interface Props {
  pager: CursorPager;
  totalCount: number | undefined;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  disabled?: boolean;
  pageSizes?: number[];
}

export function CursorPagination({
  pager,
  totalCount,
  hasNextPage,
  endCursor,
  disabled,
  pageSizes = [10, 20, 50],
}: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil((totalCount ?? 0) / pager.pageSize));
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">
        {t('common.total', { count: totalCount ?? 0 })}
        {totalCount ? ` · ${t('common.page', { page: pager.page, pages })}` : ''}
      </Typography.Text>
      <Flex gap={8} align="center">
        <Select
          size="small"
          value={pager.pageSize}
          onChange={pager.setPageSize}
          options={pageSizes.map((size) => ({ value: size, label: t('common.pageSize', { size }) }))}
          style={{ width: 104 }}
          aria-label={t('common.pageSize', { size: pager.pageSize })}
        />
        <Button
          size="small"
          icon={<LeftOutlined />}
          disabled={disabled || pager.page <= 1}
          onClick={pager.prev}
        >
          {t('common.prev')}
        </Button>
        <Button
          size="small"
          disabled={disabled || !hasNextPage}
          onClick={() => pager.next(endCursor)}
          icon={<RightOutlined />}
          iconPlacement="end"
        >
          {t('common.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
