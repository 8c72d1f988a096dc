import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Form, Popconfirm, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { useMutation } from 'urql';
import { fieldProblems } from '../../shared/errors';
import { newIdempotencyKey } from '../../shared/format';
import { FigureStateTag } from '../../shared/indicators/FigureStateTag';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { usePeriodLabel } from '../../shared/usePeriodLabel';
import { CorrectionModal } from './CorrectionModal';
import { FigureLine } from './FigureLine';
import {
  blankLines,
  type FormItem,
  type FormValues,
  figuresToSave,
  hasSubmittable,
  hasUnsavedChanges,
  initialValues,
  isEditable,
  type MonthlyFormData,
  type PlacedProblem,
  placeProblems,
} from './figureForm';
import { SaveMonthlyFiguresMutation, SubmitMonthlyFiguresMutation } from './figures.graphql';
import './figures.css';

interface Props {
  data: MonthlyFormData;
  canEdit: boolean;
  canSubmit: boolean;
}

/** The month's form of one estate: type, save as draft, submit to HQ; correct approved lines. */
export function MonthlyFormEditor({ data, canEdit, canSubmit }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const periodLabel = usePeriodLabel();
  const errorText = useErrorText();
  const indicatorText = useIndicatorText();
  // Server problems of a line name its input: numerator or denominator of that indicator.
  const problemText = useProblemText(
    useCallback(
      (path: readonly (string | number)[]) => {
        const [head, code, field] = path;
        if (head === 'month') return t('figures.monthLabel');
        const item = data.items.find((i) => i.indicator.code === code);
        if (!item) return undefined;
        if (field === 'denominator') return indicatorText.denominatorLabel(item.indicator) ?? undefined;
        if (field === 'note') return t('figures.noteLabel');
        return indicatorText.numeratorLabel(item.indicator);
      },
      [data.items, indicatorText, t],
    ),
  );
  const [form] = Form.useForm<FormValues>();
  const [{ fetching: saving }, save] = useMutation(SaveMonthlyFiguresMutation);
  const [{ fetching: submitting }, submit] = useMutation(SubmitMonthlyFiguresMutation);
  const [general, setGeneral] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<FormItem | null>(null);
  // One key per opening of the form: a retried save does not write twice.
  const [saveKey, setSaveKey] = useState(newIdempotencyKey);
  const initial = useMemo(() => initialValues(data), [data]);

  // Read-only (HQ reviewing): the lines without a figure fold away under one link.
  const [showEmpty, setShowEmpty] = useState(canEdit);
  const hidden = showEmpty ? [] : data.items.filter((i) => !i.figure);
  const shown = data.items.filter((i) => !hidden.includes(i));
  const reported = shown.filter((i) => !i.indicator.computed);
  const computed = shown.filter((i) => i.indicator.computed);
  const open = data.items.some((i) => canEdit && isEditable(i));
  const watched = Form.useWatch('lines', form);
  const values = watched ? { lines: watched } : undefined;
  const dirty = canEdit && hasUnsavedChanges(initial, values);
  // Nothing typed and nothing saved to submit (e.g. the month is approved): both buttons rest.
  const submittable = dirty || hasSubmittable(data.items);
  const blanks = canSubmit ? blankLines(data.items, values ?? initial) : [];
  useUnsavedChangesGuard(dirty, modal);

  /** Saves the typed lines; true when saved (or nothing to save), false when refused. */
  const saveDraft = async (quiet: boolean): Promise<boolean> => {
    setGeneral(null);
    // The typed lines are checked as the API will check them; nothing impossible is sent.
    const invalid = await form
      .validateFields()
      .then(() => false)
      .catch((e: { errorFields?: { name: (string | number)[] }[] }) => {
        const first = e.errorFields?.[0];
        if (first) form.scrollToField(first.name, { block: 'center' });
        return (e.errorFields?.length ?? 0) > 0;
      });
    if (invalid) return false;
    const values = form.getFieldsValue(true) as FormValues;
    const { figures, codes, missingNumerator } = figuresToSave(data.items, values);
    if (missingNumerator.length > 0) {
      form.setFields(
        missingNumerator.map((code) => {
          const item = data.items.find((i) => i.indicator.code === code)!;
          return {
            name: ['lines', code, 'numerator'],
            errors: [t('figures.required', { label: indicatorText.numeratorLabel(item.indicator) })],
          };
        }),
      );
      form.scrollToField(['lines', missingNumerator[0]!, 'numerator'], { block: 'center' });
      return false;
    }
    if (figures.length === 0) {
      if (!quiet) message.info(t('figures.nothingToSave'));
      return true;
    }
    const result = await save({
      input: { estateId: data.estateId, month: data.month, figures, idempotencyKey: saveKey },
    });
    if (result.error) {
      const { placed, unplaced } = placeProblems(fieldProblems(result.error), codes);
      if (placed.length > 0) {
        const byName = new Map<string, { name: PlacedProblem['name']; errors: string[] }>();
        for (const p of placed) {
          const key = JSON.stringify(p.name);
          const entry = byName.get(key) ?? { name: p.name, errors: [] };
          const item = data.items.find((i) => i.indicator.code === p.name[1]);
          entry.errors.push(
            problemText({ ...p.problem, path: p.name }, undefined, {
              denominator:
                (item && indicatorText.denominatorLabel(item.indicator)) ?? t('errors.denominator'),
            }),
          );
          byName.set(key, entry);
        }
        form.setFields([...byName.values()]);
        form.scrollToField(placed[0]!.name, { block: 'center' });
      }
      setGeneral(
        unplaced.length > 0
          ? unplaced.map((p) => problemText(p)).join(t('common.listSeparator'))
          : placed.length > 0
            ? t('figures.fixErrors', { count: placed.length })
            : errorText(result.error),
      );
      return false;
    }
    setSaveKey(newIdempotencyKey());
    if (!quiet) message.success(t('figures.savedMsg', { count: figures.length }));
    return true;
  };

  const submitMonth = async () => {
    if (!(await saveDraft(true))) return;
    const result = await submit({ input: { estateId: data.estateId, month: data.month } });
    if (result.error) {
      setGeneral(errorText(result.error));
      return;
    }
    message.success(t('figures.submittedMsg', { month: periodLabel(data.month) }));
  };

  const lines = (items: FormItem[]) =>
    items.map((item) => (
      <FigureLine
        key={item.indicator.code}
        item={item}
        estateId={data.estateId}
        month={data.month}
        editable={canEdit}
        canCorrect={canEdit}
        onCorrect={setCorrecting}
      />
    ));

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('figures.formState')}</Typography.Text>
          <FigureStateTag state={data.state} reason={data.rejectReason} />
        </Flex>
      </Flex>
      {data.state === 'REJECTED' && data.rejectReason ? (
        <Alert
          type="warning"
          showIcon
          title={t('figures.rejectedTitle')}
          description={data.rejectReason}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {general ? (
        <Alert
          type="error"
          showIcon
          title={general}
          closable={{ onClose: () => setGeneral(null) }}
          style={{ marginBottom: 12 }}
          data-testid="form-error"
        />
      ) : null}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        requiredMark={false}
        onValuesChange={() => setGeneral(null)}
      >
        {data.items.length === 0 ? <Empty description={t('figures.noIndicators')} /> : null}
        {lines(reported)}
        {hidden.length > 0 ? (
          <Button type="link" onClick={() => setShowEmpty(true)} style={{ paddingInline: 0, marginTop: 8 }}>
            {t('figures.showEmpty', { count: hidden.length })}
          </Button>
        ) : null}
        {computed.length > 0 ? (
          <>
            <Typography.Title level={5} style={{ margin: '20px 0 0' }}>
              {t('figures.computedSection')}
            </Typography.Title>
            {lines(computed)}
          </>
        ) : null}
      </Form>
      {canEdit && open ? (
        <div className="figure-actions-bar">
          <Button
            icon={<SaveOutlined />}
            loading={saving && !submitting}
            disabled={!dirty}
            onClick={() => saveDraft(false)}
          >
            {t('figures.saveDraft')}
          </Button>
          {canSubmit ? (
            <Popconfirm
              title={t('figures.submitConfirm')}
              description={
                blanks.length > 0 ? (
                  <div style={{ maxWidth: 360 }} data-testid="submit-blank-warning">
                    <Typography.Text type="warning">
                      {t('figures.submitBlank', { count: blanks.length })}
                    </Typography.Text>
                    <div style={{ fontSize: 12 }}>
                      {blanks.map((b) => indicatorText.name(b.indicator)).join(t('common.nameSeparator'))}
                    </div>
                    <div>{t('figures.submitHint')}</div>
                  </div>
                ) : (
                  t('figures.submitHint')
                )
              }
              onConfirm={submitMonth}
              okText={t('figures.submit')}
              disabled={!submittable}
            >
              <Button type="primary" icon={<SendOutlined />} loading={submitting} disabled={!submittable}>
                {t('figures.submit')}
              </Button>
            </Popconfirm>
          ) : null}
        </div>
      ) : null}
      {correcting ? (
        <CorrectionModal
          estateId={data.estateId}
          month={data.month}
          item={correcting}
          onClose={() => setCorrecting(null)}
        />
      ) : null}
    </div>
  );
}

/**
 * Typed figures are not lost by leaving: a route change (menu, another estate or month) asks
 * first, and closing or reloading the tab gets the browser's own warning.
 */
function useUnsavedChangesGuard(dirty: boolean, modal: ReturnType<typeof App.useApp>['modal']) {
  // Its own `t` (not one passed in as a parameter typed `ReturnType<typeof useTranslation>['t']`):
  // that type nests past TypeScript's instantiation depth once the app has enough translation keys.
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const current = useRef(blocker);
  current.current = blocker;
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const b = current.current;
    modal.confirm({
      title: t('figures.unsavedTitle'),
      content: t('figures.unsavedText'),
      okText: t('figures.unsavedLeave'),
      cancelText: t('figures.unsavedStay'),
      okButtonProps: { danger: true },
      onOk: () => b.proceed?.(),
      onCancel: () => b.reset?.(),
    });
  }, [blocker.state, modal, t]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
