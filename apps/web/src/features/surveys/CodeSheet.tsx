import { Alert, Button, Drawer, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';
import { GenerateHouseholdCodesMutation, HouseholdCodesQuery } from './surveys.graphql';
import './surveys.css';

/**
 * An estate's household codes (户码): generate more, and print them on A4 (three columns of cut
 * slips with the survey link) — the sheet is the only part of the page the printer sees.
 */
export function CodeSheet({
  estateId,
  estateName,
  link,
  onClose,
}: {
  estateId: string;
  estateName: string;
  link: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const [codes, refetch] = useQuery({ query: HouseholdCodesQuery, variables: { estateId } });
  const [state, generate] = useMutation(GenerateHouseholdCodesMutation);
  const list = codes.data?.householdCodes ?? [];
  const url = link ? `${window.location.origin}/s/${link}` : '';
  return (
    <Drawer
      open
      onClose={onClose}
      width={mobile ? '100%' : 720}
      title={t('surveys.codes.title')}
      destroyOnHidden
    >
      <Form
        layout="inline"
        onFinish={async (v: { count: number; note?: string }) => {
          const res = await generate({ input: { estateId, count: v.count, note: v.note || null } });
          if (res.data) refetch({ requestPolicy: 'network-only' });
        }}
        initialValues={{ count: 30 }}
        style={{ marginBottom: 12, rowGap: 8 }}
      >
        <Form.Item name="count" label={t('surveys.codes.count')}>
          <InputNumber min={1} max={2000} />
        </Form.Item>
        <Form.Item name="note" label={t('surveys.codes.note')}>
          <Input maxLength={60} style={{ width: 140 }} />
        </Form.Item>
        <Button htmlType="submit" loading={state.fetching} data-testid="codes-generate">
          {t('surveys.codes.generate')}
        </Button>
        <Button
          type="primary"
          onClick={() => window.print()}
          disabled={list.length === 0}
          data-testid="codes-print"
        >
          {t('surveys.codes.print')}
        </Button>
      </Form>
      {state.error ? (
        <Alert type="error" showIcon title={errorText(state.error)} style={{ marginBottom: 12 }} />
      ) : null}
      <Typography.Text type="secondary">{t('surveys.codes.total', { count: list.length })}</Typography.Text>
      {list.length === 0 ? (
        <Typography.Paragraph>{t('surveys.codes.empty')}</Typography.Paragraph>
      ) : (
        <div className="code-sheet" data-testid="code-sheet">
          <h2 className="code-sheet-title">{t('surveys.codes.sheetTitle', { estate: estateName })}</h2>
          <div className="code-sheet-grid">
            {list.map((c) => (
              <Flex vertical className="code-slip" key={c.id} data-testid="code-slip">
                <span className="code-slip-estate">{estateName}</span>
                <strong className="code-slip-code">{c.code}</strong>
                {c.note ? <span className="code-slip-note">{c.note}</span> : null}
                {url ? (
                  <Flex gap={8} align="center">
                    <QRCodeSVG value={url} size={64} level="M" marginSize={0} className="code-slip-qr" />
                    <span className="code-slip-link">{url}</span>
                  </Flex>
                ) : null}
                <span className="code-slip-hint">{t('surveys.codes.sheetHint')}</span>
              </Flex>
            ))}
          </div>
        </div>
      )}
    </Drawer>
  );
}
