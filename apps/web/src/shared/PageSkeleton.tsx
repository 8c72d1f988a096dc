import { Card, Skeleton } from 'antd';

export function PageSkeleton() {
  return (
    <div>
      <Skeleton.Input active size="large" style={{ width: 220, marginBottom: 20 }} />
      <Card variant="borderless">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    </div>
  );
}
