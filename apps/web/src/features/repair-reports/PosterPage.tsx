import { PrinterOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { EstatePicker } from '../../shared/EstatePicker';
import { PageHeader } from '../../shared/PageHeader';
import { QueryError } from '../../shared/QueryError';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { EstateRepairLinkQuery, RotateEstateRepairLinkMutation } from './repair-reports.graphql';
import './repair-reports.css';

/**
 * `/repair-poster`: an estate's QR code poster for residents' repair reports, printable on A4
 * (everything but the poster is left out of the print), and the manager's "replace" (a new token:
 * posters already up stop working).
 */
export function PosterPage() {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const estateId = params.get('estate') ?? undefined;
  return (
    <>
      <div className="no-print">
        <PageHeader title={t('repairReports.poster.nav')} />
      </div>
      <Card variant="borderless" className="no-print" styles={{ body: { padding: mobile ? 12 : 20 } }}>
        <EstatePicker
          value={estateId}
          onChange={(id) => setParams(id ? { estate: id } : {}, { replace: true })}
          autoSelectFirst
          style={{ width: mobile ? '100%' : 260 }}
        />
      </Card>
      {estateId ? <Poster key={estateId} estateId={estateId} /> : null}
    </>
  );
}

function Poster({ estateId }: { estateId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { company } = useSession();
  const [result, refetch] = useQuery({ query: EstateRepairLinkQuery, variables: { estateId } });
  const [rotation, rotate] = useMutation(RotateEstateRepairLinkMutation);
  const link = rotation.data?.rotateEstateRepairLink ?? result.data?.estateRepairLink;
  if (!link) {
    if (result.error)
      return <QueryError error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
    return <Skeleton active />;
  }
  const url = `${window.location.origin}${link.path}`;
  return (
    <Flex vertical gap={12} style={{ marginTop: 12 }}>
      <Flex gap={8} wrap className="no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('repairReports.poster.print')}
        </Button>
        <Popconfirm
          title={t('repairReports.poster.rotateConfirm')}
          onConfirm={async () => {
            const res = await rotate({ estateId });
            if (res.error) message.error(errorText(res.error));
            else message.success(t('repairReports.poster.rotated'));
          }}
        >
          <Button icon={<SyncOutlined />} loading={rotation.fetching}>
            {t('repairReports.poster.rotate')}
          </Button>
        </Popconfirm>
      </Flex>
      <div className="repair-poster" data-testid="repair-poster">
        <div className="repair-poster-band">{t('repairReports.poster.heading')}</div>
        <Typography.Title level={1} className="repair-poster-estate">
          {link.estateName}
        </Typography.Title>
        <Typography.Paragraph className="repair-poster-lead">
          {t('repairReports.poster.lead')}
        </Typography.Paragraph>
        <div className="repair-poster-qr">
          <QRCodeSVG value={url} size={320} level="M" marginSize={2} title={url} data-testid="repair-qr" />
        </div>
        <Typography.Paragraph className="repair-poster-steps">
          {t('repairReports.poster.steps')}
        </Typography.Paragraph>
        <Typography.Paragraph className="repair-poster-url" data-testid="repair-poster-url">
          {t('repairReports.poster.link')}
          <br />
          {url}
        </Typography.Paragraph>
        <div className="repair-poster-footer">
          <span>
            {t('repairReports.poster.footer', { company: company?.name ?? '', estate: link.estateName })}
          </span>
          <span>
            {link.rotatedAt
              ? t('repairReports.poster.sinceRotated', { date: dayjs(link.rotatedAt).format('YYYY-MM-DD') })
              : t('repairReports.poster.since', { date: dayjs(link.createdAt).format('YYYY-MM-DD') })}
          </span>
        </div>
      </div>
    </Flex>
  );
}
