import type { AppAbility } from '@anju/domain';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from './session';

/** A page a role may not open says so, instead of rendering a broken page of FORBIDDEN errors. */
export function Guard({
  allow,
  children,
}: {
  allow(ability: AppAbility, hasCompany: boolean): boolean;
  children: ReactNode;
}) {
  const { ability, company, me } = useSession();
  if (allow(ability, company !== null)) return children;
  return <Forbidden platformAdmin={me.platformAdmin && company === null} />;
}

/**
 * The access-denied page. Company users are told to ask their company admin; the platform admin,
 * who works above companies, is told the page is for company users and led to the companies.
 */
export function Forbidden({ platformAdmin }: { platformAdmin: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const platform = platformAdmin;
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={platform ? t('accounts.forbiddenPlatform') : t('forbidden.text')}
      extra={
        <Button type="primary" onClick={() => navigate(platform ? '/companies' : '/')}>
          {platform ? t('nav.companies') : t('notFound.back')}
        </Button>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.text')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
