import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLOR: Record<string, string> = { ACTIVE: 'green', PROBATION: 'blue', LEFT: 'default' };
const CERT_COLOR: Record<string, string> = { VALID: 'green', EXPIRING: 'orange', EXPIRED: 'red' };

export function StaffStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]}>
      {t(`team.staff.statuses.${status}` as 'team.staff.statuses.ACTIVE')}
    </Tag>
  );
}

/** A certificate's state (有效 / 即将到期 / 已过期); nothing for a valid one unless `showValid`. */
export function CertificateStateTag({
  state,
  showValid,
}: {
  state: string | null | undefined;
  showValid?: boolean;
}) {
  const { t } = useTranslation();
  if (!state || (state === 'VALID' && !showValid)) return null;
  return (
    <Tag color={CERT_COLOR[state]} data-testid="certificate-state">
      {t(`team.certificate.states.${state}` as 'team.certificate.states.VALID')}
    </Tag>
  );
}
