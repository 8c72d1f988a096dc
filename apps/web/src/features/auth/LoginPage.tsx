import { CheckCircleFilled, LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../../app/auth';
import type { Language } from '../../app/i18n';
import { BrandMark } from '../../app/layout/Brand';
import { useLocale } from '../../app/locale';
import { errorCode } from '../../shared/errors';
import { useIsCompact } from '../../shared/useIsMobile';
import { LoginMutation } from './auth.graphql';

interface LoginValues {
  email: string;
  password: string;
}

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

export function LoginPage() {
  const { t } = useTranslation();
  const { token, expired, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const compact = useIsCompact();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (token) return <Navigate to={from} replace />;

  const onFinish = async (values: LoginValues) => {
    setFailure(null);
    const result = await login({ input: { email: values.email.trim(), password: values.password } });
    if (result.data) {
      signIn(result.data.login.token);
      navigate(from, { replace: true });
      return;
    }
    const code = errorCode(result.error);
    setFailure(
      code === 'UNAUTHENTICATED' || code === 'TOO_MANY_REQUESTS'
        ? t(`loginErrors.${code}`)
        : t(`errors.${code ?? 'UNKNOWN'}`),
    );
  };

  return (
    <Flex style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      {compact ? null : <Hero />}
      <Flex vertical style={{ flex: '1 1 50%', padding: compact ? 16 : 32 }}>
        <Flex justify="flex-end">
          <LanguageSwitch />
        </Flex>
        <Flex flex={1} align="center" justify="center">
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
              {t('login.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
              {t('login.subtitle')}
            </Typography.Paragraph>
            {failure || expired ? (
              <Alert
                type={failure ? 'error' : 'warning'}
                showIcon
                title={failure ?? t('login.expired')}
                style={{ marginBottom: 20 }}
                role="alert"
              />
            ) : null}
            <Form<LoginValues>
              layout="vertical"
              requiredMark={false}
              onFinish={onFinish}
              size="large"
              disabled={fetching}
            >
              <Form.Item
                name="email"
                label={t('login.email')}
                rules={[
                  { required: true, message: t('login.emailRequired') },
                  { type: 'email', message: t('login.emailInvalid') },
                ]}
              >
                <Input
                  prefix={<MailOutlined />}
                  placeholder={t('login.emailPlaceholder')}
                  autoComplete="username"
                  autoFocus
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('login.password')}
                rules={[{ required: true, message: t('login.passwordRequired') }]}
              >
                <Input.Password
                  prefix={<LockOutlined />}
                  placeholder={t('login.passwordPlaceholder')}
                  autoComplete="current-password"
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={fetching} style={{ marginTop: 8 }}>
                {t('login.submit')}
              </Button>
            </Form>
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
