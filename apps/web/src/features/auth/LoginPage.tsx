import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { useAuth } from '../../app/auth';
import { errorCode, retryAfterSeconds } from '../../shared/errors';
import { useErrorText } from '../../shared/useErrorText';
import { AuthLayout, RouterLink } from './AuthLayout';
import { LoginMutation } from './auth.graphql';

interface LoginValues {
  email: string;
  password: string;
}

/** The reason code the API gave with its refusal (extensions.reason), if any. */
function refusalOf(error: CombinedError | undefined): string | null {
  const reason = error?.graphQLErrors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { token, expired, refusal, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const errorText = useErrorText();
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
    if (refusalOf(result.error) === 'COMPANY_SUSPENDED') {
      setFailure(t('accounts.suspended'));
      return;
    }
    if (code === 'TOO_MANY_REQUESTS') {
      // Locked account or too many attempts from this address: say how long, when the API does.
      const seconds = retryAfterSeconds(result.error);
      setFailure(
        seconds == null
          ? t('loginErrors.TOO_MANY_REQUESTS')
          : seconds >= 60
            ? t('loginErrors.retryAfterMinutes', { count: Math.ceil(seconds / 60) })
            : t('loginErrors.retryAfterSeconds', { count: seconds }),
      );
      return;
    }
    setFailure(code === 'UNAUTHENTICATED' ? t('loginErrors.UNAUTHENTICATED') : errorText(result.error));
  };

  return (
    <AuthLayout
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      footer={<RouterLink to="/invite">{t('login.haveInvitation')}</RouterLink>}
    >
      {failure || expired ? (
        <Alert
          type={failure ? 'error' : 'warning'}
          showIcon
          title={failure ?? (refusal === 'COMPANY_SUSPENDED' ? t('accounts.suspended') : t('login.expired'))}
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
    </AuthLayout>
  );
}
