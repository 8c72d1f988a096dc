import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { useErrorText } from '../../shared/useErrorText';
import {
  ApplySpecialServicePresetsMutation,
  CreateSpecialServiceMutation,
  SpecialServicesQuery,
  UpdateSpecialServiceMutation,
} from './operations.graphql';
import { RecordDrawer } from './RecordDrawer';
import { RecordList } from './RecordList';

type Service = {
  id: string;
  name: string;
  price: string;
  unit: string;
  description?: string | null;
  activeFrom: string;
  activeUntil?: string | null;
  active: boolean;
  version: number;
};
type Values = Omit<Service, 'id' | 'version' | 'active'>;

/** The estate's special-services menu (特约服务): the manager keeps it; everyone on the estate reads it. */
export function ServicesTab({ estateId, today }: { estateId: string; today: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { ability } = useSession();
  const errorText = useErrorText();
  const canKeep = ability.can('create', 'SpecialService');
  const [result, refetch] = useQuery({ query: SpecialServicesQuery, variables: { estateId } });
  const [, create] = useMutation(CreateSpecialServiceMutation);
  const [, update] = useMutation(UpdateSpecialServiceMutation);
  const [presetState, applyPresets] = useMutation(ApplySpecialServicePresetsMutation);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [form] = Form.useForm<Values>();
  const edited = editing === 'new' ? null : editing;
  const rows = result.data?.specialServices ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        {canKeep ? (
          <>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="service-add"
            >
              {t('operations.services.newService')}
            </Button>
            <Button
              icon={<AppstoreAddOutlined />}
              loading={presetState.fetching}
              data-testid="service-presets"
              onClick={async () => {
                const res = await applyPresets({ input: { estateId, activeFrom: today } });
                if (res.error) message.error(errorText(res.error));
                else {
                  message.success(
                    t('operations.services.presetsAdded', {
                      count: res.data!.applySpecialServicePresets.length,
                    }),
                  );
                  reload();
                }
              }}
            >
              {t('operations.services.presets')}
            </Button>
          </>
        ) : null}
        {result.data ? (
          <Typography.Text type="secondary" data-testid="service-count">
            {t('operations.services.count', { count: rows.filter((r) => r.active).length })}
          </Typography.Text>
        ) : null}
      </Flex>
      {result.error && !result.data ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      <RecordList<Service>
        testId="service-list"
        rows={rows}
        loading={result.fetching && !result.data}
        heading={(r) => r.name}
        onEdit={canKeep ? (r) => setEditing(r) : undefined}
        columns={[
          { key: 'name', title: t('operations.services.name'), render: (r) => r.name },
          {
            key: 'price',
            title: t('operations.services.price'),
            render: (r) => `¥${r.price} / ${r.unit}`,
            phone: true,
          },
          {
            key: 'dates',
            title: `${t('operations.services.activeFrom')} – ${t('operations.services.activeUntil')}`,
            render: (r) => `${r.activeFrom} – ${r.activeUntil ?? ''}`,
            phone: true,
          },
          {
            key: 'status',
            title: t('operations.services.status'),
            render: (r) => (
              <Tag color={r.active ? 'green' : 'default'}>
                {r.active ? t('operations.services.active') : t('operations.services.inactive')}
              </Tag>
            ),
            phone: true,
          },
        ]}
      />
      {editing ? (
        <RecordDrawer<Values>
          testId="service-form"
          title={t('operations.services.newService')}
          form={form}
          fields={['name', 'price', 'unit', 'description', 'activeFrom', 'activeUntil']}
          initialValues={
            edited
              ? { ...edited, description: edited.description ?? '', activeUntil: edited.activeUntil ?? '' }
              : { activeFrom: today, unit: '次' }
          }
          onClose={() => setEditing(null)}
          onSave={async (v) => {
            const fields = {
              name: v.name,
              price: v.price,
              unit: v.unit,
              description: v.description || null,
              activeFrom: v.activeFrom,
              activeUntil: v.activeUntil || null,
            };
            const res = edited
              ? await update({ input: { id: edited.id, version: edited.version, ...fields } })
              : await create({ input: { estateId, ...fields } });
            if (!res.error) reload();
            return res.error;
          }}
        >
          <Form.Item name="name" label={t('operations.services.name')} rules={[{ required: true }]}>
            <Input maxLength={50} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item
              name="price"
              label={t('operations.services.price')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <Input inputMode="decimal" placeholder="0.00" />
            </Form.Item>
            <Form.Item
              name="unit"
              label={t('operations.services.unit')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <Input maxLength={10} />
            </Form.Item>
          </Flex>
          <Form.Item name="description" label={t('operations.services.description')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item
            name="activeFrom"
            label={t('operations.services.activeFrom')}
            rules={[{ required: true }]}
          >
            <Input type="date" />
          </Form.Item>
          <Form.Item name="activeUntil" label={t('operations.services.activeUntil')}>
            <Input type="date" />
          </Form.Item>
        </RecordDrawer>
      ) : null}
    </Flex>
  );
}
