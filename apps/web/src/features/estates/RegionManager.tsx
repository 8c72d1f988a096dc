import { createRegionInput, type FieldProblem, problemsOf } from '@anju/domain';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import type { RegionsQuery } from '../../gql/graphql';
import { compareNames, compareNumbers } from '../../shared/collate';
import { useDomainRule } from '../../shared/domainRule';
import { newIdempotencyKey } from '../../shared/format';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { ArchiveRegionMutation, CreateRegionMutation, UpdateRegionMutation } from './estates.graphql';

type Region = RegionsQuery['regions'][number];

/** The region form checked by the domain's createRegion schema. */
const checkRegion = (values: { name?: string; code?: string }): FieldProblem[] =>
  problemsOf(createRegionInput, { name: values.name ?? '', code: values.code ?? '' });

interface Props {
  regions: readonly Region[];
  loading: boolean;
  onClose(): void;
}

/** Company admins create, rename and archive regions without leaving the estates page. */
export function RegionManager({ regions, loading, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const problemText = useProblemText({ name: t('regions.name'), code: t('regions.code') });
  const [form] = Form.useForm<{ name: string; code: string }>();
  const rule = useDomainRule(form, checkRegion, problemText);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [created, createRegion] = useMutation(CreateRegionMutation);
  const [, updateRegion] = useMutation(UpdateRegionMutation);
  const [, archiveRegion] = useMutation(ArchiveRegionMutation);

  const fail = (error: CombinedError | undefined) => message.error(errorText(error));

  const create = async (values: { name: string; code: string }) => {
    const result = await createRegion({
      input: { name: values.name.trim(), code: values.code.trim(), idempotencyKey },
    });
    if (result.error || !result.data) {
      const text = showServerProblems(form, result.error, ['name', 'code'], problemText, errorText);
      if (text) message.error(text);
      return;
    }
    message.success(t('regions.createdMsg', { name: result.data.createRegion.name }));
    form.resetFields();
    setIdempotencyKey(newIdempotencyKey());
  };

  const rename = async (region: Region, name: string) => {
    const next = name.trim();
    if (!next || next === region.name) return;
    const result = await updateRegion({ input: { id: region.id, version: region.version, name: next } });
    if (result.error) fail(result.error);
    else message.success(t('regions.updatedMsg', { name: next }));
  };

  const archive = async (region: Region) => {
    const result = await archiveRegion({ input: { id: region.id, version: region.version } });
    if (result.error) fail(result.error);
    else message.success(t('regions.archivedMsg', { name: region.name }));
  };

  return (
    <Modal open title={t('regions.manage')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('regions.subtitle')}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={create} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="name" rules={rule('name')}>
          <Input placeholder={t('regions.name')} maxLength={40} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="code" rules={rule('code')}>
          <Input placeholder={t('regions.code')} maxLength={32} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={created.fetching}>
            {t('regions.add')}
          </Button>
        </Form.Item>
      </Form>
      <Table<Region>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...regions]}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regions.empty')} />,
        }}
        showSorterTooltip={{ target: 'sorter-icon' }}
        // Every region is loaded: by name in pinyin order first, any column on a click.
        columns={[
          {
            title: t('regions.name'),
            dataIndex: 'name',
            defaultSortOrder: 'ascend',
            sorter: (a, b, order) => compareNames(a.name, b.name, order),
            render: (_, r) => (
              <Typography.Text
                editable={{ tooltip: t('regions.rename'), onChange: (v) => void rename(r, v) }}
              >
                {r.name}
              </Typography.Text>
            ),
          },
          {
            title: t('regions.code'),
            dataIndex: 'code',
            sorter: (a, b, order) => compareNames(a.code, b.code, order),
          },
          {
            title: t('regions.estateCount'),
            dataIndex: 'estateCount',
            align: 'right',
            width: 80,
            sorter: (a, b, order) => compareNumbers(a.estateCount, b.estateCount, order),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_, r) => (
              <Flex>
                <Popconfirm
                  title={t('regions.archiveConfirm', { name: r.name })}
                  description={t('regions.archiveHint')}
                  onConfirm={() => archive(r)}
                >
                  <Button type="link" danger size="small" style={{ paddingInline: 0 }}>
                    {t('common.archive')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
    </Modal>
  );
}
