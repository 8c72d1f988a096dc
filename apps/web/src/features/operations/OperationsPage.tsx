import { Card, Empty, Tabs } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { EstatePicker } from '../../shared/EstatePicker';
import { PageHeader } from '../../shared/PageHeader';
import { ActivitiesTab } from './ActivitiesTab';
import { ChecksTab } from './ChecksTab';
import { FeesTab } from './FeesTab';
import { IncidentsTab } from './IncidentsTab';
import { ServicesTab } from './ServicesTab';

/** Today (YYYY-MM-DD) in the company's time zone: the latest day a record may carry. */
function useToday(): string {
  const { company } = useSession();
  const timeZone = company?.timeZone ?? 'Asia/Shanghai';
  return useMemo(() => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date()), [timeZone]);
}

/** An estate's records, one tab per area: 收费, 事件, 设施检查, 社区活动, 特约服务. */
export function OperationsPage() {
  const { t } = useTranslation();
  const today = useToday();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  const tab = params.get('tab') ?? 'fees';
  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return (
    <div>
      <PageHeader title={t('operations.title')} subtitle={t('operations.subtitle')} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <EstatePicker
          value={estateId}
          onChange={(id) => set('estate', id)}
          autoSelectFirst
          placeholder={t('operations.pickEstate')}
          style={{ width: '100%', maxWidth: 360 }}
        />
      </Card>
      {estateId ? (
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={(k) => set('tab', k)}
            destroyOnHidden
            items={[
              { key: 'fees', label: t('operations.tabs.fees'), children: <FeesTab estateId={estateId} /> },
              {
                key: 'incidents',
                label: t('operations.tabs.incidents'),
                children: <IncidentsTab estateId={estateId} today={today} />,
              },
              {
                key: 'checks',
                label: t('operations.tabs.checks'),
                children: <ChecksTab estateId={estateId} today={today} />,
              },
              {
                key: 'activities',
                label: t('operations.tabs.activities'),
                children: <ActivitiesTab estateId={estateId} today={today} />,
              },
              {
                key: 'services',
                label: t('operations.tabs.services'),
                children: <ServicesTab estateId={estateId} today={today} />,
              },
            ]}
          />
        </Card>
      ) : (
        <Empty description={t('operations.pickEstate')} />
      )}
    </div>
  );
}
