import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RosterFieldsFragment } from '../../gql/graphql';

type Row = RosterFieldsFragment['rows'][number];
type Day = Row['days'][number];

const CELL_COLOR: Record<string, string> = {
  DAY: '#e6f4ff',
  NIGHT: '#f0e6ff',
  OFFICE: '#f6ffed',
  SPLIT: '#fcffe6',
  REST: '#fafafa',
  LEAVE: '#fff1f0',
};

/** One person's day as a short label: 白 / 夜 / 休 / 假 (a double shift shows both). */
export function dayLabel(t: TFunction, d: Day): string {
  if (!d.employed) return '';
  if (d.status === 'LEAVE') return t('rosters.short.LEAVE');
  if (d.shifts.length === 0) return t('rosters.short.REST');
  return d.shifts.map((s) => t(`rosters.short.${s}` as 'rosters.short.DAY')).join('');
}

function cellColor(d: Day): string {
  if (d.status === 'LEAVE') return CELL_COLOR.LEAVE!;
  if (d.shifts.length === 0) return CELL_COLOR.REST!;
  return CELL_COLOR[d.shifts[0]!] ?? '#fff';
}

interface Props {
  roster: RosterFieldsFragment;
  /** Dates (YYYY-MM-DD) with a coverage gap or a shortfall: their column is marked. */
  problemDates: ReadonlySet<string>;
  onCell?(row: Row, day: Day): void;
}

/** The month grid: a row per person, a column per day; days with a coverage problem in red. */
export function RosterGrid({ roster, problemDates, onCell }: Props) {
  const { t } = useTranslation();
  const days = roster.rows[0]?.days.map((d) => d.day) ?? [];
  const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
  return (
    <div className="heatmap-scroll" style={{ overflowX: 'auto' }}>
      <table className="roster-grid" data-testid="roster-grid">
        <thead>
          <tr>
            <th className="roster-person">{t('rosters.person')}</th>
            {days.map((d) => (
              <th
                key={d}
                className={
                  problemDates.has(d) ? 'roster-problem' : weekday(d) % 6 === 0 ? 'roster-weekend' : undefined
                }
                data-testid={problemDates.has(d) ? 'roster-problem-day' : undefined}
                title={d}
              >
                {Number(d.slice(8))}
              </th>
            ))}
            <th>{t('rosters.hours')}</th>
          </tr>
        </thead>
        <tbody>
          {roster.rows.map((r) => (
            <tr key={r.staffId}>
              <th className="roster-person" scope="row">
                <div>{r.staffName}</div>
                <div className="roster-sub">
                  {r.positionName}
                  {r.shiftCrew ? ` · ${r.shiftCrew}` : ''}
                </div>
              </th>
              {r.days.map((d) => (
                <td
                  key={d.day}
                  style={{ background: cellColor(d) }}
                  className={[
                    d.editKind ? 'roster-edited' : '',
                    problemDates.has(d.day) ? 'roster-problem-col' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  title={`${r.staffName} ${d.day}${d.leaveKind ? ` ${t(`rosters.leaveKinds.${d.leaveKind}`)}` : ''}`}
                  onClick={onCell && d.employed ? () => onCell(r, d) : undefined}
                  role={onCell && d.employed ? 'button' : undefined}
                  tabIndex={onCell && d.employed ? 0 : undefined}
                  onKeyDown={
                    onCell && d.employed
                      ? (e) => {
                          if (e.key === 'Enter' || e.key === ' ') onCell(r, d);
                        }
                      : undefined
                  }
                  data-testid={`cell-${r.staffId}-${d.day}`}
                >
                  {dayLabel(t, d)}
                </td>
              ))}
              <td className="roster-total">{Math.round(r.totalHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
