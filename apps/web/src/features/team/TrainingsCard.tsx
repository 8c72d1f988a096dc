import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Popconfirm,
  Radio,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { StaffMemberQuery } from '../../gql/graphql';
import { useErrorText } from '../../shared/useErrorText';
import { AddStaffTrainingMutation, DeleteStaffTrainingMutation } from './staff.graphql';

type Staff = NonNullable<StaffMemberQuery['staffMember']>;

interface Values {
  course: string;
  trainedOn: Dayjs;
  hours: number;
  passed: boolean;
}

/** The person's training records (培训记录): course, date, hours and the result. */
export function TrainingsCard({
  staff,
  canManage,
  onChanged,
}: {
  staff: Staff;
  canManage: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<Values>();
  const [addState, add] = useMutation(AddStaffTrainingMutation);
  const [deleteState, remove] = useMutation(DeleteStaffTrainingMutation);

  const submit = async (v: Values) => {
    const res = await add({
      input: {
        staffId: staff.id,
        course: v.course,
        trainedOn: v.trainedOn.format('YYYY-MM-DD'),
        hours: v.hours,
        passed: v.passed,
      },
    });
    if (res.data) {
      setAdding(false);
      form.resetFields();
      onChanged();
    }
  };

  return (
    <Card
      variant="borderless"
      title={t('team.staff.trainings')}
      extra={
        canManage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('team.training.add')}
          </Button>
        ) : null
      }
    >
      {deleteState.error ? (
        <Alert type="error" showIcon title={errorText(deleteState.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {staff.trainings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('team.staff.noTrainings')} />
      ) : (
        <List
          dataSource={staff.trainings}
          rowKey={(r) => r.id}
          renderItem={(r) => (
            <List.Item
              actions={
                canManage
                  ? [
                      <Popconfirm
                        key="delete"
                        title={t('team.training.deleteConfirm')}
                        onConfirm={async () => {
                          const res = await remove({ id: r.id });
                          if (!res.error) onChanged();
                        }}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('common.delete')}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={6} wrap align="center">
                    {r.course}
                    <Tag color={r.passed ? 'green' : 'red'}>
                      {r.passed ? t('team.training.pass') : t('team.training.fail')}
                    </Tag>
                  </Flex>
                }
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.trainedOn} · {r.hours} h
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal
        open={adding}
        title={t('team.training.add')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={addState.fetching}
        destroyOnHidden
      >
        {addState.error ? (
          <Alert type="error" showIcon title={errorText(addState.error)} style={{ marginBottom: 12 }} />
        ) : null}
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ passed: true, hours: 2 }}>
          <Form.Item name="course" label={t('team.training.course')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item
              name="trainedOn"
              label={t('team.training.trainedOn')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="hours"
              label={t('team.training.hours')}
              rules={[{ required: true }]}
              style={{ flex: 1 }}
            >
              <InputNumber min={0.5} max={200} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="passed" label={t('team.training.passed')}>
            <Radio.Group>
              <Radio.Button value={true}>{t('team.training.pass')}</Radio.Button>
              <Radio.Button value={false}>{t('team.training.fail')}</Radio.Button>
            </Radio.Group>
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
