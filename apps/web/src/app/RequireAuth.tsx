import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useErrorText } from '../shared/useErrorText';
import { useAuth } from './auth';
import { useSessionState } from './session';

export function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Everything behind sign-in: waits for `me` (and the company) before rendering the shell. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { token, signOut } = useAuth();
  const state = useSessionState();
  const location = useLocation();
  const errorText = useErrorText();

  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (state.status === 'loading' || state.status === 'anonymous') return <FullPageSpin />;
  if (state.status === 'error') {
    return (
      <Result
        status="error"
        title={t('session.loadFailed')}
        subTitle={errorText(state.error)}
        extra={[
          <Button key="retry" type="primary" onClick={state.retry}>
            {t('common.retry')}
          </Button>,
          <Button key="out" onClick={() => signOut()}>
            {t('header.signOut')}
          </Button>,
        ]}
      />
    );
  }
  const { me, company } = state.session;
  if (!me.platformAdmin && !company) {
    return (
      <Result
        status="info"
        title={t('session.noCompany')}
        extra={<Button onClick={() => signOut()}>{t('header.signOut')}</Button>}
      />
    );
  }
  return children;
}
