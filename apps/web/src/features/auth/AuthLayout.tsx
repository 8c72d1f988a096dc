import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Flex, Segmented, Typography } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useNavigate } from 'react-router';
import type { Language } from '../../app/i18n';
import { BrandMark } from '../../app/layout/Brand';
import { useLocale } from '../../app/locale';
import { useIsCompact } from '../../shared/useIsMobile';

function LanguageSwitch() {
  const { lang, setLang } = useLocale();
  return (
    <Segmented<Language>
      size="small"
      value={lang}
      onChange={setLang}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en-US', label: 'English' },
      ]}
    />
  );
}

function Hero() {
  const { t } = useTranslation();
  return (
    <Flex
      vertical
      justify="space-between"
      style={{
        flex: '1 1 50%',
        padding: '48px 56px',
        color: '#fff',
        background: 'linear-gradient(145deg, #0f1f3d 0%, #173a8a 55%, #2f64f0 100%)',
      }}
    >
      <Flex align="center" gap={12}>
        <BrandMark size={36} />
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          {t('app.name')}
        </Typography.Text>
      </Flex>
      <div style={{ maxWidth: 480 }}>
        <Typography.Title level={2} style={{ color: '#fff', marginBottom: 16 }}>
          {t('login.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.78)', fontSize: 15 }}>
          {t('login.heroText')}
        </Typography.Paragraph>
        <Flex vertical gap={12} style={{ marginTop: 28 }}>
          {(['feature1', 'feature2', 'feature3'] as const).map((k) => (
            <Flex key={k} gap={10} align="center">
              <CheckCircleFilled style={{ color: '#7fb0ff' }} />
              <span style={{ color: 'rgba(255,255,255,0.9)' }}>{t(`login.${k}`)}</span>
            </Flex>
          ))}
        </Flex>
      </div>
      <Typography.Text style={{ color: 'rgba(255,255,255,0.5)', fontSize: 12 }}>
        {t('login.copyright', { year: new Date().getFullYear() })}
      </Typography.Text>
    </Flex>
  );
}

/** An in-app link styled like antd's: a real href (open in new tab works), client-side navigation. */
export function RouterLink({ to, children }: { to: string; children: ReactNode }) {
  const navigate = useNavigate();
  const href = useHref(to);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Typography.Link href={href} onClick={onClick}>
      {children}
    </Typography.Link>
  );
}

/**
 * The frame of the public pages (sign-in, redeem an invitation): the brand panel on wide
 * screens, a language switch, and one card with a title.
 */
export function AuthLayout({
  title,
  subtitle,
  children,
  footer,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
  /** Below the form, centred: links to the sibling page. */
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  const compact = useIsCompact();
  return (
    <Flex style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      {compact ? null : <Hero />}
      <Flex vertical style={{ flex: '1 1 50%', padding: compact ? 16 : 32 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Flex flex={1} align="center" justify="center" style={{ paddingBlock: compact ? 16 : 0 }}>
          <Card
            variant="borderless"
            style={{ width: '100%', maxWidth: 400, boxShadow: '0 8px 30px rgba(15,31,61,0.08)' }}
          >
            {compact ? (
              <Flex align="center" gap={10} style={{ marginBottom: 24 }}>
                <BrandMark size={32} />
                <Typography.Text strong style={{ fontSize: 17 }}>
                  {t('app.name')}
                </Typography.Text>
              </Flex>
            ) : null}
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {title}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
              {subtitle}
            </Typography.Paragraph>
            {children}
            {footer ? (
              <Flex justify="center" style={{ marginTop: 20 }}>
                {footer}
              </Flex>
            ) : null}
          </Card>
        </Flex>
        {compact ? (
          <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
            {t('login.copyright', { year: new Date().getFullYear() })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}
