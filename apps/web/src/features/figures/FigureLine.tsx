import { judge, monthlyValue } from '@anju/domain';
import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormRule, InputNumber, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureStateTag } from '../../shared/indicators/FigureStateTag';
import { JudgementTag } from '../../shared/indicators/JudgementTag';
import { TONES } from '../../shared/indicators/judgement';
import { toDomainTarget, useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useProblemText } from '../../shared/useErrorText';
import { type FormItem, isEditable, isLocked, type LineValues, lineProblems } from './figureForm';
import { RevisionsPopover } from './RevisionsPopover';

interface Props {
  item: FormItem;
  estateId: string;
  month: string;
  /** False on the approval page and for roles that only read. */
  editable: boolean;
  canCorrect: boolean;
  onCorrect(item: FormItem): void;
}

function ShownNumber({ label, value }: { label: string | null; value: number | null | undefined }) {
  if (label == null) return <div className="figure-col" />;
  return (
    <div className="figure-col">
      <div className="figure-static-label">{label}</div>
      <div className="figure-static">{value ?? '—'}</div>
    </div>
  );
}

/**
 * One indicator of the monthly form: inputs (or the locked numbers), the value they make and its
 * verdict against the month's target, the state, and the revision history.
 */
export function FigureLine({ item, estateId, month, editable, canCorrect, onCorrect }: Props) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const problemText = useProblemText();
  const ind = item.indicator;
  const code = ind.code;
  const open = editable && isEditable(item);
  const watched = Form.useWatch(['lines', code]) as LineValues | undefined;
  const percent = ind.unit === 'PERCENT';

  // Live: what the typed numbers make, judged as the server will judge them.
  const numerator = open ? watched?.numerator : item.figure?.numerator;
  const denominator = open ? watched?.denominator : item.figure?.denominator;
  const value =
    numerator == null || (percent && (denominator == null || denominator === 0))
      ? null
      : monthlyValue(ind, { numerator, denominator: percent ? (denominator ?? null) : null });
  const problems = lineProblems(ind, { numerator, denominator });
  const exceeds = problems.some((p) => p.reason === 'EXCEEDS_DENOMINATOR');
  // An impossible value (a share above 100%, a negative, a decimal count) gets no verdict: it is
  // shown struck through and marked invalid until the inputs are fixed.
  const invalid = problems.length > 0;
  const judgement = judge(toDomainTarget(item.target), value);
  const numeratorLabel = text.numeratorLabel(ind);
  const denominatorLabel = text.denominatorLabel(ind);
  const problemMessage = (field: 'numerator' | 'denominator', line: LineValues | undefined) => {
    const p = lineProblems(ind, line).find((x) => x.field === field);
    if (!p) return null;
    return problemText(
      { path: [field], ...p },
      field === 'numerator' ? numeratorLabel : (denominatorLabel ?? undefined),
      { denominator: denominatorLabel ?? t('errors.denominator') },
    );
  };
  // Checked on every change against the form's current values, so an error leaves the input as
  // soon as it is fixed (also one the server put there).
  const rule = (field: 'numerator' | 'denominator'): FormRule[] => [
    ({ getFieldValue }) => ({
      validator: async () => {
        const message = problemMessage(field, getFieldValue(['lines', code]) as LineValues | undefined);
        if (message) throw new Error(message);
      },
    }),
  ];

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would restyle every line; role=group names it
    <div className="figure-line" role="group" aria-label={text.name(ind)} data-code={code}>
      <div className="figure-name">
        <Flex gap={6} wrap align="center">
          <Typography.Text strong>{text.name(ind)}</Typography.Text>
          {ind.computed ? (
            <Tooltip
              title={t('figures.computedFrom', {
                source: t(`indicators.measurements.${ind.measurement}`).toLowerCase(),
              })}
            >
              <Tag color="blue">
                {t('figures.computed')} · {t(`indicators.measurements.${ind.measurement}`)}
              </Tag>
            </Tooltip>
          ) : null}
          {item.figure ? (
            <FigureStateTag state={item.figure.state} reason={item.figure.rejectReason} />
          ) : null}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text.description(ind)}
        </Typography.Text>
      </div>
      {open ? (
        <>
          <Form.Item
            className="figure-col"
            name={['lines', code, 'numerator']}
            label={numeratorLabel}
            validateTrigger={['onChange', 'onBlur']}
            rules={rule('numerator')}
            dependencies={percent ? [['lines', code, 'denominator']] : undefined}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
          {percent ? (
            <Form.Item
              className="figure-col"
              name={['lines', code, 'denominator']}
              label={denominatorLabel}
              rules={rule('denominator')}
            >
              <InputNumber style={{ width: '100%' }} />
            </Form.Item>
          ) : (
            <div className="figure-col" />
          )}
        </>
      ) : (
        <>
          <ShownNumber label={numeratorLabel} value={item.figure?.numerator} />
          <ShownNumber label={percent ? denominatorLabel : null} value={item.figure?.denominator} />
        </>
      )}
      <div className="figure-result">
        <Flex gap={6} align="center" wrap>
          <Typography.Text
            strong
            delete={invalid && value != null}
            style={{ fontVariantNumeric: 'tabular-nums', color: invalid ? TONES.MISSED.fg : undefined }}
            data-testid={`value-${code}`}
          >
            {text.value(value, ind.unit)}
          </Typography.Text>
          {invalid ? (
            <Tag color="error" data-testid={`invalid-${code}`}>
              {t('figures.invalidValue')}
            </Tag>
          ) : value != null && judgement !== 'NO_TARGET' ? (
            <JudgementTag judgement={judgement} />
          ) : null}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {invalid
            ? exceeds
              ? t('figures.invalidExceeds')
              : t('figures.invalidHint')
            : item.target
              ? t('figures.targetLine', { target: item.target.label })
              : t('comparison.noTarget')}
        </Typography.Text>
      </div>
      <div className="figure-actions">
        {item.figure ? (
          <RevisionsPopover estateId={estateId} month={month} indicatorCode={code} unit={ind.unit} />
        ) : null}
        {canCorrect && isLocked(item) ? (
          <Tooltip title={t('figures.correctTip')}>
            <Button size="small" icon={<EditOutlined />} onClick={() => onCorrect(item)}>
              {t('figures.correct')}
            </Button>
          </Tooltip>
        ) : null}
      </div>
    </div>
  );
}
