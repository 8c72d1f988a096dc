import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { useErrorText } from '../../shared/useErrorText';
import {
  CommunityActivitiesQuery,
  CreateCommunityActivityMutation,
  UpdateCommunityActivityMutation,
} from './operations.graphql';
import { RecordDrawer } from './RecordDrawer';
import { RecordList } from './RecordList';
import { YearFilter } from './YearFilter';

type Activity = {
  id: string;
  heldOn: string;
  title: string;
  attendance: number;
  place?: string | null;
  note?: string | null;
  version: number;
};
type Values = Omit<Activity, 'id' | 'version'>;

export function ActivitiesTab({ estateId, today }: { estateId: string; today: string }) {
  const { t } = useTranslation();
  const { ability } = useSession();
  const errorText = useErrorText();
  const canRecord = ability.can('create', 'CommunityActivity');
  const [year, setYear] = useState<number | null>(null);
  const [result, refetch] = useQuery({ query: CommunityActivitiesQuery, variables: { estateId, year } });
  const [, create] = useMutation(CreateCommunityActivityMutation);
  const [, update] = useMutation(UpdateCommunityActivityMutation);
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const edited = editing === 'new' ? null : editing;
  const rows = result.data?.communityActivities ?? [];
  // This year's count, unless another year is shown.
  const showsThisYear = year === null || year === Number(today.slice(0, 4));
  const thisYear = rows.filter((r) => r.heldOn.slice(0, 4) === today.slice(0, 4)).length;
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        {canRecord ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="activity-add"
          >
            {t('operations.activities.newActivity')}
          </Button>
        ) : null}
        <YearFilter today={today} value={year} onChange={setYear} testId="activity-year" />
        {result.data && showsThisYear ? (
          <Typography.Text type="secondary">
            {t('operations.activities.yearCount', { count: thisYear })}
          </Typography.Text>
        ) : null}
      </Flex>
      {result.error && !result.data ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      <RecordList<Activity>
        testId="activity-list"
        rows={rows}
        loading={result.fetching && !result.data}
        heading={(r) => `${r.heldOn} · ${r.title}`}
        onEdit={canRecord ? (r) => setEditing(r) : undefined}
        columns={[
          { key: 'date', title: t('operations.activities.heldOn'), render: (r) => r.heldOn },
          { key: 'title', title: t('operations.activities.title'), render: (r) => r.title },
          {
            key: 'attendance',
            title: t('operations.activities.attendance'),
            render: (r) => r.attendance,
            phone: true,
          },
          {
            key: 'place',
            title: t('operations.activities.place'),
            render: (r) => r.place ?? '',
            phone: true,
          },
        ]}
      />
      {editing ? (
        <RecordDrawer<Values>
          testId="activity-form"
          title={t('operations.activities.newActivity')}
          form={form}
          fields={['heldOn', 'title', 'attendance', 'place', 'note']}
          initialValues={
            edited ? { ...edited, place: edited.place ?? '', note: edited.note ?? '' } : { heldOn: today }
          }
          onClose={() => setEditing(null)}
          onSave={async (v) => {
            const fields = {
              heldOn: v.heldOn,
              title: v.title,
              attendance: v.attendance,
              place: v.place || null,
              note: v.note || null,
            };
            const res = edited
              ? await update({ input: { id: edited.id, version: edited.version, ...fields } })
              : await create({ input: { estateId, ...fields } });
            if (!res.error) refetch({ requestPolicy: 'network-only' });
            return res.error;
          }}
        >
          <Form.Item name="heldOn" label={t('operations.activities.heldOn')} rules={[{ required: true }]}>
            <Input type="date" max={today} />
          </Form.Item>
          <Form.Item name="title" label={t('operations.activities.title')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="attendance"
            label={t('operations.activities.attendance')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="place" label={t('operations.activities.place')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="note" label={t('operations.activities.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </RecordDrawer>
      ) : null}
    </Flex>
  );
}
