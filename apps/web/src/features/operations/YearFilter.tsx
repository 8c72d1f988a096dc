import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** How many years back the filter offers, this year included. */
const YEARS = 10;

/** A list's year: all years (null), or one of the last ten, this year first. */
export function YearFilter({
  today,
  value,
  onChange,
  testId,
}: {
  /** Today in the company's time zone, YYYY-MM-DD. */
  today: string;
  value: number | null;
  onChange(year: number | null): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const current = Number(today.slice(0, 4));
  const options = [
    { value: 0, label: t('operations.allYears') },
    ...Array.from({ length: YEARS }, (_, i) => ({
      value: current - i,
      label: t('operations.yearOption', { year: current - i }),
    })),
  ];
  return (
    <Select
      aria-label={t('operations.year')}
      data-testid={testId}
      value={value ?? 0}
      onChange={(v: number) => onChange(v === 0 ? null : v)}
      options={options}
      style={{ width: 120 }}
    />
  );
}
