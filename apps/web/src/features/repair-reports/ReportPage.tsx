import {
  MAX_REPAIR_REPORT_PHOTOS,
  submitRepairReportInput,
  WORK_ORDER_CATEGORIES,
  WORK_ORDER_LABELS,
} from '@anju/domain';
import { CameraOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { Alert, Button, Checkbox, Form, Input, Result, Select, Skeleton, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useLocale } from '../../app/locale';
import { errorCode, retryAfterSeconds } from '../../shared/errors';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { PublicLayout } from './PublicLayout';
import { RepairReportPageQuery, SubmitRepairReportMutation } from './repair-reports.graphql';

const FIELDS = ['phone', 'reporterName', 'location', 'publicArea', 'category', 'description', 'photoFileIds'];
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 10 * 1024 * 1024;

interface Values {
  phone: string;
  reporterName?: string;
  location: string;
  publicArea?: boolean;
  category?: string;
  description: string;
}

/** `/r/:token`: a resident reports a repair from the estate's QR code, without signing in. */
export function ReportPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { lang } = useLocale();
  const errorText = useErrorText();
  const problemText = useProblemText({
    phone: t('repairReports.report.phone'),
    reporterName: t('repairReports.report.name'),
    location: t('repairReports.report.location'),
    category: t('repairReports.report.category'),
    description: t('repairReports.report.description'),
    photoFileIds: t('repairReports.report.photos', { max: MAX_REPAIR_REPORT_PHOTOS }),
  });
  const [form] = Form.useForm<Values>();
  const [page] = useQuery({ query: RepairReportPageQuery, variables: { token } });
  const [submitted, submit] = useMutation(SubmitRepairReportMutation);
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const receipt = submitted.data?.submitRepairReport;
  const title = t('repairReports.report.title');

  if (page.fetching && !page.data)
    return (
      <PublicLayout title={title}>
        <Skeleton active />
      </PublicLayout>
    );
  if (!page.data) {
    const invalid = errorCode(page.error) === 'NOT_FOUND' || errorCode(page.error) === 'BAD_USER_INPUT';
    return (
      <PublicLayout title={title}>
        <Result
          status="warning"
          title={invalid ? t('repairReports.report.linkInvalid') : errorText(page.error)}
        />
      </PublicLayout>
    );
  }
  const { estateName, companyName } = page.data.repairReportPage;

  if (receipt) {
    const path = `/t/${receipt.trackingToken}`;
    const url = `${window.location.origin}${path}`;
    return (
      <PublicLayout title={estateName}>
        <Result
          status="success"
          title={t('repairReports.report.done')}
          subTitle={t('repairReports.report.doneNumber', {
            estate: receipt.estateName,
            number: receipt.number,
          })}
          extra={[
            <Typography.Paragraph key="hint">{t('repairReports.report.doneHint')}</Typography.Paragraph>,
            <Typography.Paragraph
              key="url"
              copyable={{ text: url }}
              data-testid="tracking-url"
              style={{ wordBreak: 'break-all' }}
            >
              {url}
            </Typography.Paragraph>,
            <Link key="go" to={path}>
              <Button type="primary" size="large" block>
                {t('repairReports.report.track')}
              </Button>
            </Link>,
          ]}
        />
      </PublicLayout>
    );
  }

  const onFinish = async (values: Values) => {
    setFailure(null);
    const input = {
      token,
      phone: values.phone,
      location: values.location,
      description: values.description,
      reporterName: values.reporterName || null,
      category: (values.category ?? null) as never,
      publicArea: values.publicArea ?? false,
      photoFileIds: photos.flatMap((p) =>
        p.status === 'done' && p.response?.id ? [p.response.id as string] : [],
      ),
    };
    const res = await submit({ input });
    if (!res.error) return;
    const code = errorCode(res.error);
    if (code === 'TOO_MANY_REQUESTS')
      return setFailure(t('repairReports.report.tooMany', { seconds: retryAfterSeconds(res.error) ?? 60 }));
    if (code === 'NOT_FOUND') return setFailure(t('repairReports.report.linkInvalid'));
    const rest = showServerProblems(form, res.error, FIELDS, problemText, errorText);
    if (rest) setFailure(t('repairReports.report.failed', { reason: rest }));
  };

  return (
    <PublicLayout title={title}>
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="report-estate">
        {estateName}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {companyName} · {t('repairReports.report.intro')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        onValuesChange={() => setFailure(null)}
      >
        <Form.Item
          name="phone"
          label={t('repairReports.report.phone')}
          rules={[
            {
              validator: async (_, v) => {
                const r = submitRepairReportInput.shape.phone.safeParse(v ?? '');
                if (!r.success)
                  throw new Error(problemText({ path: ['phone'], reason: 'NOT_MOBILE', message: '' }));
              },
            },
          ]}
        >
          <Input
            size="large"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            placeholder={t('repairReports.report.phonePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="location"
          label={t('repairReports.report.location')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: problemText({ path: ['location'], reason: 'REQUIRED', message: '' }),
            },
          ]}
        >
          <Input size="large" maxLength={100} placeholder={t('repairReports.report.locationPlaceholder')} />
        </Form.Item>
        <Form.Item name="publicArea" valuePropName="checked" style={{ marginTop: -12 }}>
          <Checkbox>{t('repairReports.report.publicArea')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="description"
          label={t('repairReports.report.description')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: problemText({ path: ['description'], reason: 'REQUIRED', message: '' }),
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('repairReports.report.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="category" label={t('repairReports.report.category')}>
          <Select
            size="large"
            allowClear
            options={WORK_ORDER_CATEGORIES.map((c) => ({
              value: c,
              label: lang === 'zh-CN' ? WORK_ORDER_LABELS.category[c].zh : WORK_ORDER_LABELS.category[c].en,
            }))}
          />
        </Form.Item>
        <Form.Item name="reporterName" label={t('repairReports.report.name')}>
          <Input size="large" maxLength={40} placeholder={t('repairReports.report.namePlaceholder')} />
        </Form.Item>
        <Form.Item
          label={t('repairReports.report.photos', { max: MAX_REPAIR_REPORT_PHOTOS })}
          name="photoFileIds"
        >
          <Upload
            listType="picture-card"
            accept={PHOTO_TYPES.join(',')}
            fileList={photos}
            maxCount={MAX_REPAIR_REPORT_PHOTOS}
            onChange={({ fileList }) => setPhotos(fileList)}
            beforeUpload={(file) => {
              if (!PHOTO_TYPES.includes(file.type)) {
                setFailure(t('repairReports.report.photoTypes'));
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_BYTES) {
                setFailure(t('repairReports.report.photoTooLarge'));
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            customRequest={async ({ file, onSuccess, onError }) => {
              const body = new FormData();
              body.append('file', file as Blob, (file as File).name);
              try {
                const res = await fetch(`/public/repair-reports/${encodeURIComponent(token)}/photos`, {
                  method: 'POST',
                  body,
                });
                const json = (await res.json().catch(() => ({}))) as {
                  id?: string;
                  errors?: { extensions?: { code?: string } }[];
                };
                if (res.status !== 201) {
                  const code = json.errors?.[0]?.extensions?.code ?? 'UNKNOWN';
                  setFailure(
                    t('repairReports.report.photoFailed', {
                      reason: t(`errors.${code}` as 'errors.UNKNOWN'),
                    }),
                  );
                  onError?.(new Error(code));
                  return;
                }
                onSuccess?.(json);
              } catch (e) {
                setFailure(t('repairReports.report.photoFailed', { reason: t('errors.NETWORK') }));
                onError?.(e as Error);
              }
            }}
          >
            {photos.length >= MAX_REPAIR_REPORT_PHOTOS ? null : (
              <div>
                <CameraOutlined style={{ fontSize: 20 }} />
                <div style={{ marginTop: 4 }}>{t('repairReports.report.addPhoto')}</div>
              </div>
            )}
          </Upload>
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} /> : null}
        <Button
          type="primary"
          htmlType="submit"
          size="large"
          block
          loading={submitted.fetching}
          disabled={photos.some((p) => p.status === 'uploading')}
        >
          {t('repairReports.report.submit')}
        </Button>
      </Form>
    </PublicLayout>
  );
}
