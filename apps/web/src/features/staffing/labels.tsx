import { CERTIFICATE_KIND_INFO, DEPARTMENT_CODES, DEPARTMENTS, isDepartmentCode } from '@anju/domain';
import { Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateKind, CertificateStanding } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { useLabel } from '../../shared/useLabel';

/** Score bands of the compliance score: at least GOOD is compliant, below FAIR is not. */
export const SCORE_GOOD = 90;
export const SCORE_FAIR = 80;

export type ScoreTone = 'good' | 'fair' | 'poor' | 'none';

export function scoreTone(score: number | null | undefined): ScoreTone {
  if (score == null) return 'none';
  return score >= SCORE_GOOD ? 'good' : score >= SCORE_FAIR ? 'fair' : 'poor';
}

const TONE_COLOR: Record<ScoreTone, string> = {
  good: 'green',
  fair: 'orange',
  poor: 'red',
  none: 'default',
};

/** The score as a coloured tag (green compliant, orange needs attention, red non-compliant). */
export function ScoreTag({ score, large = false }: { score: number | null | undefined; large?: boolean }) {
  const { t } = useTranslation();
  const tone = scoreTone(score);
  return (
    <Tag
      color={TONE_COLOR[tone]}
      data-tone={tone}
      style={{
        marginInlineEnd: 0,
        fontVariantNumeric: 'tabular-nums',
        ...(large ? { fontSize: 20, lineHeight: '32px', padding: '0 12px' } : {}),
      }}
    >
      {score == null ? t('staffing.noScore') : formatNumber(score)}
    </Tag>
  );
}

/** A count that is red when above zero (vacancies, problems). */
export function Problem({ count }: { count: number }) {
  return count > 0 ? (
    <Typography.Text type="danger" strong>
      {count}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">0</Typography.Text>
  );
}

const STANDING_COLOR: Record<CertificateStanding, string> = {
  EXPIRED: 'red',
  EXPIRING: 'orange',
  MISSING: 'volcano',
};

export function StandingTag({ state }: { state: CertificateStanding }) {
  const { t } = useTranslation();
  return (
    <Tag color={STANDING_COLOR[state]} style={{ marginInlineEnd: 0 }}>
      {t(`staffing.detail.standing.${state}`)}
    </Tag>
  );
}

/** Certificate kinds and departments in the page's language, from the domain's label records. */
export function useStaffingLabels() {
  const label = useLabel();
  const certificateKind = useCallback(
    (kind: CertificateKind | null | undefined) => (kind ? label(CERTIFICATE_KIND_INFO[kind]) : '—'),
    [label],
  );
  // The estate's own department name in Chinese; the domain's English name where the code is known.
  const department = useCallback(
    (code: string, name: string) =>
      isDepartmentCode(code) ? label({ zh: name, en: DEPARTMENTS[code].en }) : name,
    [label],
  );
  return { certificateKind, department };
}

/** Departments in the order of the domain's list (management first), others after by name. */
export function departmentOrder(a: { code: string; name: string }, b: { code: string; name: string }) {
  const index = (code: string) => {
    const i = (DEPARTMENT_CODES as readonly string[]).indexOf(code);
    return i < 0 ? DEPARTMENT_CODES.length : i;
  };
  return index(a.code) - index(b.code) || a.name.localeCompare(b.name, 'zh-CN');
}

export const percentText = (v: number | null | undefined) => (v == null ? '—' : `${formatNumber(v)}%`);
