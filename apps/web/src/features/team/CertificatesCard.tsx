import { CERTIFICATE_KIND_INFO, CERTIFICATE_KINDS, type CertificateKind } from '@anju/domain';
import { DeleteOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Typography,
  Upload,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { StaffMemberQuery } from '../../gql/graphql';
import { downloadFile, uploadFile, useFileErrorText } from '../../shared/files';
import { useErrorText } from '../../shared/useErrorText';
import { useLabel } from '../../shared/useLabel';
import { CertificateStateTag } from './StaffStatusTag';
import { AddStaffCertificateMutation, DeleteStaffCertificateMutation } from './staff.graphql';

type Staff = NonNullable<StaffMemberQuery['staffMember']>;

interface Values {
  kind: CertificateKind;
  number: string;
  issuer?: string;
  issuedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
}

/** The person's certificates: state and days to expiry; scans only for those who may see them. */
export function CertificatesCard({
  staff,
  canManage,
  onChanged,
}: {
  staff: Staff;
  canManage: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const errorText = useErrorText();
  const fileErrorText = useFileErrorText();
  const [adding, setAdding] = useState(false);
  const [scan, setScan] = useState<{ id: string; name: string } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [addState, add] = useMutation(AddStaffCertificateMutation);
  const [deleteState, remove] = useMutation(DeleteStaffCertificateMutation);
  const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

  const submit = async (v: Values) => {
    const res = await add({
      input: {
        staffId: staff.id,
        kind: v.kind,
        number: v.number,
        issuer: v.issuer?.trim() || null,
        issuedOn: day(v.issuedOn),
        expiresOn: day(v.expiresOn),
        scanFileId: scan?.id ?? null,
      },
    });
    if (res.data) {
      setAdding(false);
      setScan(null);
      form.resetFields();
      onChanged();
    }
  };

  return (
    <Card
      variant="borderless"
      title={t('team.staff.certificates')}
      extra={
        canManage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('team.certificate.add')}
          </Button>
        ) : null
      }
    >
      {deleteState.error ? (
        <Alert type="error" showIcon title={errorText(deleteState.error)} style={{ marginBottom: 12 }} />
      ) : null}
      {staff.certificates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('team.staff.noCertificates')} />
      ) : (
        <List
          dataSource={staff.certificates}
          rowKey={(c) => c.id}
          renderItem={(c) => (
            <List.Item
              data-testid="certificate"
              actions={[
                c.scanFileId ? (
                  <Button
                    key="scan"
                    size="small"
                    icon={<PaperClipOutlined />}
                    onClick={() =>
                      downloadFile({ id: c.scanFileId!, name: `${c.number}`, contentType: '', size: 0 })
                    }
                  >
                    {t('team.certificate.scan')}
                  </Button>
                ) : null,
                canManage ? (
                  <Popconfirm
                    key="delete"
                    title={t('team.certificate.deleteConfirm')}
                    onConfirm={async () => {
                      const res = await remove({ id: c.id });
                      if (!res.error) onChanged();
                    }}
                  >
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
                  </Popconfirm>
                ) : null,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Flex gap={6} wrap align="center">
                    {label(CERTIFICATE_KIND_INFO[c.kind as CertificateKind])}
                    <CertificateStateTag state={c.state} showValid />
                  </Flex>
                }
                description={
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.number}
                    {c.issuer ? ` · ${c.issuer}` : ''} · {t('team.certificate.expiresOn')}{' '}
                    {c.expiresOn ?? t('team.certificate.permanent')}
                    {c.state === 'EXPIRING' && c.daysToExpiry != null
                      ? ` · ${t('team.certificate.daysLeft', { count: c.daysToExpiry })}`
                      : ''}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal
        open={adding}
        title={t('team.certificate.add')}
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
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="kind" label={t('team.certificate.kind')} rules={[{ required: true }]}>
            <Select
              options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: label(CERTIFICATE_KIND_INFO[k]) }))}
            />
          </Form.Item>
          <Form.Item name="number" label={t('team.certificate.number')} rules={[{ required: true }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="issuer" label={t('team.certificate.issuer')}>
            <Input maxLength={100} />
          </Form.Item>
          <Flex gap={12}>
            <Form.Item name="issuedOn" label={t('team.certificate.issuedOn')} style={{ flex: 1 }}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="expiresOn"
              label={t('team.certificate.expiresOn')}
              extra={t('team.certificate.permanent')}
              style={{ flex: 1 }}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Upload
            accept="image/*,application/pdf"
            showUploadList={false}
            beforeUpload={async (file) => {
              setUploadError(null);
              try {
                const ref = await uploadFile(file, file.name);
                setScan({ id: ref.id, name: file.name });
              } catch (error) {
                setUploadError(fileErrorText(error));
              }
              return false;
            }}
          >
            <Button icon={<PaperClipOutlined />}>{scan ? scan.name : t('team.certificate.upload')}</Button>
          </Upload>
          {uploadError ? <Alert type="error" showIcon title={uploadError} style={{ marginTop: 8 }} /> : null}
        </Form>
      </Modal>
    </Card>
  );
}
