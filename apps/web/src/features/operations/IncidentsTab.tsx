import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import type { IncidentKind } from '../../gql/graphql';
import { useErrorText } from '../../shared/useErrorText';
import { CreateIncidentMutation, IncidentsQuery, UpdateIncidentMutation } from './operations.graphql';
import { RecordDrawer } from './RecordDrawer';
import { RecordList } from './RecordList';
import { YearFilter } from './YearFilter';

const KINDS = ['FIRE_ALARM', 'FIRE', 'SECURITY_CASE', 'MAJOR_CRIMINAL_CASE', 'VIOLATION'] as const;
const CAUSE_KINDS: readonly string[] = ['FIRE', 'SECURITY_CASE'];
type Incident = {
  id: string;
  kind: IncidentKind;
  occurredOn: string;
  place: string;
  description: string;
  managementCaused: boolean;
  handling?: string | null;
  handled: boolean;
  handledOn?: string | null;
  version: number;
};
type Values = Omit<Incident, 'id' | 'version'>;

export function IncidentsTab({ estateId, today }: { estateId: string; today: string }) {
  const { t } = useTranslation();
  const { ability } = useSession();
  const errorText = useErrorText();
  const canRecord = ability.can('create', 'Incident');
  const [year, setYear] = useState<number | null>(null);
  const [result, refetch] = useQuery({ query: IncidentsQuery, variables: { filter: { estateId, year } } });
  const [, create] = useMutation(CreateIncidentMutation);
  const [, update] = useMutation(UpdateIncidentMutation);
  const [editing, setEditing] = useState<Incident | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const handled = Form.useWatch('handled', form);
  const edited = editing === 'new' ? null : editing;
  const kindName = (k: string) => t(`operations.incidents.kinds.${k}` as 'operations.incidents.kinds.FIRE');
  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        {canRecord ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="incident-add"
          >
            {t('operations.incidents.newIncident')}
          </Button>
        ) : null}
        <YearFilter today={today} value={year} onChange={setYear} testId="incident-year" />
      </Flex>
      {result.error && !result.data ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      <RecordList<Incident>
        testId="incident-list"
        rows={result.data?.incidents ?? []}
        loading={result.fetching && !result.data}
        heading={(r) => `${r.occurredOn} · ${kindName(r.kind)}`}
        onEdit={canRecord ? (r) => setEditing(r) : undefined}
        columns={[
          { key: 'date', title: t('operations.incidents.occurredOn'), render: (r) => r.occurredOn },
          {
            key: 'kind',
            title: t('operations.incidents.kind'),
            render: (r) => <Tag>{kindName(r.kind)}</Tag>,
          },
          { key: 'place', title: t('operations.incidents.place'), render: (r) => r.place, phone: true },
          {
            key: 'description',
            title: t('operations.incidents.description'),
            render: (r) => r.description,
            phone: true,
          },
          {
            key: 'cause',
            title: t('operations.incidents.managementCaused'),
            render: (r) =>
              CAUSE_KINDS.includes(r.kind) ? t(r.managementCaused ? 'operations.yes' : 'operations.no') : '—',
          },
          {
            key: 'handled',
            title: t('operations.incidents.handled'),
            render: (r) => (r.handled ? `${t('operations.yes')} ${r.handledOn ?? ''}` : t('operations.no')),
            phone: true,
          },
        ]}
      />
      {editing ? (
        <RecordDrawer<Values>
          testId="incident-form"
          title={t('operations.incidents.newIncident')}
          form={form}
          fields={[
            'kind',
            'occurredOn',
            'place',
            'description',
            'managementCaused',
            'handling',
            'handled',
            'handledOn',
          ]}
          initialValues={
            edited
              ? { ...edited, handling: edited.handling ?? '', handledOn: edited.handledOn ?? undefined }
              : { kind: 'FIRE_ALARM', occurredOn: today, managementCaused: false, handled: false }
          }
          onClose={() => setEditing(null)}
          onSave={async (v) => {
            const fields = {
              kind: v.kind,
              occurredOn: v.occurredOn,
              place: v.place,
              description: v.description,
              managementCaused: CAUSE_KINDS.includes(v.kind) ? !!v.managementCaused : false,
              handling: v.handling || null,
              handled: !!v.handled,
              handledOn: v.handled ? v.handledOn || null : null,
            };
            const res = edited
              ? await update({ input: { id: edited.id, version: edited.version, ...fields } })
              : await create({ input: { estateId, ...fields } });
            if (!res.error) refetch({ requestPolicy: 'network-only' });
            return res.error;
          }}
        >
          <Form.Item name="kind" label={t('operations.incidents.kind')} rules={[{ required: true }]}>
            <Select
              options={KINDS.map((k) => ({ value: k, label: kindName(k) }))}
              data-testid="incident-kind"
            />
          </Form.Item>
          <Form.Item
            name="occurredOn"
            label={t('operations.incidents.occurredOn')}
            rules={[{ required: true }]}
          >
            <Input type="date" max={today} />
          </Form.Item>
          <Form.Item name="place" label={t('operations.incidents.place')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('operations.incidents.description')}
            rules={[{ required: true }]}
          >
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          {kind && CAUSE_KINDS.includes(kind) ? (
            <Form.Item
              name="managementCaused"
              label={t('operations.incidents.managementCaused')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          ) : null}
          <Form.Item name="handling" label={t('operations.incidents.handling')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="handled" label={t('operations.incidents.handled')} valuePropName="checked">
            <Switch data-testid="incident-handled" />
          </Form.Item>
          {handled ? (
            <Form.Item
              name="handledOn"
              label={t('operations.incidents.handledOn')}
              rules={[{ required: true }]}
            >
              <Input type="date" max={today} />
            </Form.Item>
          ) : null}
        </RecordDrawer>
      ) : null}
    </Flex>
  );
}
