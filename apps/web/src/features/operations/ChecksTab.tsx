import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { FacilityClass } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { useErrorText } from '../../shared/useErrorText';
import {
  CreateFacilityCheckMutation,
  FacilityChecksQuery,
  UpdateFacilityCheckMutation,
} from './operations.graphql';
import { RecordDrawer } from './RecordDrawer';
import { RecordList } from './RecordList';
import { YearFilter } from './YearFilter';

export const FACILITY_CLASSES = [
  'HOUSE',
  'EQUIPMENT',
  'STREET_LIGHT',
  'FIRE_FACILITY',
  'ROAD_PARKING',
  'GREENERY',
  'DRAINAGE',
  'PIPE',
  'PUBLIC_FACILITY',
  'CLEANING',
] as const;
type Check = {
  id: string;
  facilityClass: FacilityClass;
  checkedOn: string;
  itemsChecked: number;
  itemsIntact: number;
  defects?: string | null;
  checker: string;
  note?: string | null;
  version: number;
};
type Values = Omit<Check, 'id' | 'version'>;

export function ChecksTab({ estateId, today }: { estateId: string; today: string }) {
  const { t } = useTranslation();
  const { ability } = useSession();
  const errorText = useErrorText();
  const canRecord = ability.can('create', 'FacilityCheck');
  const [year, setYear] = useState<number | null>(null);
  const [result, refetch] = useQuery({
    query: FacilityChecksQuery,
    variables: { filter: { estateId, year } },
  });
  const [, create] = useMutation(CreateFacilityCheckMutation);
  const [, update] = useMutation(UpdateFacilityCheckMutation);
  const [editing, setEditing] = useState<Check | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const edited = editing === 'new' ? null : editing;
  const className = (c: string) => t(`operations.checks.classes.${c}` as 'operations.checks.classes.HOUSE');
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        {canRecord ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="check-add"
          >
            {t('operations.checks.newCheck')}
          </Button>
        ) : null}
        <YearFilter today={today} value={year} onChange={setYear} testId="check-year" />
      </Flex>
      {result.error && !result.data ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      <RecordList<Check>
        testId="check-list"
        rows={result.data?.facilityChecks ?? []}
        loading={result.fetching && !result.data}
        heading={(r) => `${r.checkedOn} · ${className(r.facilityClass)}`}
        onEdit={canRecord ? (r) => setEditing(r) : undefined}
        columns={[
          { key: 'date', title: t('operations.checks.checkedOn'), render: (r) => r.checkedOn },
          {
            key: 'class',
            title: t('operations.checks.facilityClass'),
            render: (r) => className(r.facilityClass),
          },
          {
            key: 'items',
            title: `${t('operations.checks.itemsIntact')} / ${t('operations.checks.itemsChecked')}`,
            render: (r) => `${r.itemsIntact} / ${r.itemsChecked}`,
            phone: true,
          },
          {
            key: 'rate',
            title: t('operations.checks.intactRate'),
            render: (r) => `${formatNumber((r.itemsIntact * 100) / r.itemsChecked)}%`,
            phone: true,
          },
          {
            key: 'defects',
            title: t('operations.checks.defects'),
            render: (r) => r.defects ?? '',
            phone: true,
          },
          { key: 'checker', title: t('operations.checks.checker'), render: (r) => r.checker },
        ]}
      />
      {editing ? (
        <RecordDrawer<Values>
          testId="check-form"
          title={t('operations.checks.newCheck')}
          form={form}
          fields={['facilityClass', 'checkedOn', 'itemsChecked', 'itemsIntact', 'defects', 'checker', 'note']}
          initialValues={
            edited
              ? { ...edited, defects: edited.defects ?? '', note: edited.note ?? '' }
              : { facilityClass: 'HOUSE', checkedOn: today }
          }
          onClose={() => setEditing(null)}
          onSave={async (v) => {
            const fields = {
              facilityClass: v.facilityClass,
              checkedOn: v.checkedOn,
              itemsChecked: v.itemsChecked,
              itemsIntact: v.itemsIntact,
              defects: v.defects || null,
              checker: v.checker,
              note: v.note || null,
            };
            const res = edited
              ? await update({ input: { id: edited.id, version: edited.version, ...fields } })
              : await create({ input: { estateId, ...fields } });
            if (!res.error) refetch({ requestPolicy: 'network-only' });
            return res.error;
          }}
        >
          <Form.Item
            name="facilityClass"
            label={t('operations.checks.facilityClass')}
            rules={[{ required: true }]}
          >
            <Select
              options={FACILITY_CLASSES.map((c) => ({ value: c, label: className(c) }))}
              data-testid="check-class"
            />
          </Form.Item>
          <Form.Item name="checkedOn" label={t('operations.checks.checkedOn')} rules={[{ required: true }]}>
            <Input type="date" max={today} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item
              name="itemsChecked"
              label={t('operations.checks.itemsChecked')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} inputMode="numeric" />
            </Form.Item>
            <Form.Item
              name="itemsIntact"
              label={t('operations.checks.itemsIntact')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
            </Form.Item>
          </Flex>
          <Form.Item name="defects" label={t('operations.checks.defects')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="checker" label={t('operations.checks.checker')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="note" label={t('operations.checks.note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </RecordDrawer>
      ) : null}
    </Flex>
  );
}
