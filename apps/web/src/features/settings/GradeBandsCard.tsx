import {
  DEFAULT_GRADE_BANDS,
  type FieldProblem,
  type GradeBand,
  gradeBandsSchema,
  MAX_GRADE_BANDS,
  problemsOf,
} from '@anju/domain';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { fieldProblems } from '../../shared/errors';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { AuditGradeBandsQuery, UpdateAuditGradeBandsMutation } from './settings.graphql';

const strip = (bands: readonly GradeBand[]): GradeBand[] =>
  bands.map((b) => ({ grade: b.grade, label: b.label, labelEn: b.labelEn, min: b.min }));

/** The company admin's audit grade bands (优 ≥ 90 …), best first, checked by the domain's schema. */
export function GradeBandsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const label = (k: 'grade' | 'label' | 'labelEn' | 'min') => t(`settings.gradeBands.${k}`);
  const problemText = useProblemText((path) => {
    const last = path[path.length - 1];
    return last === 'grade' || last === 'label' || last === 'labelEn' || last === 'min'
      ? label(last)
      : t('settings.gradeBands.title');
  });
  const [query] = useQuery({ query: AuditGradeBandsQuery });
  const [saving, save] = useMutation(UpdateAuditGradeBandsMutation);
  const [bands, setBands] = useState<GradeBand[] | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (query.data?.auditGradeBands) setBands(strip(query.data.auditGradeBands));
  }, [query.data]);

  if (!bands) {
    return (
      <Card title={t('settings.gradeBands.title')} style={{ maxWidth: 640, marginTop: 16 }}>
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  }
  const problemAt = (i: number, field: string) =>
    problems.find((p) => p.path[1] === i && p.path[2] === field);
  const change = (i: number, patch: Partial<GradeBand>) =>
    setBands(bands.map((b, n) => (n === i ? { ...b, ...patch } : b)));

  const onSave = async () => {
    setFailure(null);
    const local = problemsOf(gradeBandsSchema, bands, ['bands']);
    setProblems(local);
    if (local.length > 0) {
      const general = local.filter((p) => p.path.length < 3);
      if (general.length) setFailure(general.map((p) => problemText(p)).join(t('common.listSeparator')));
      return;
    }
    const result = await save({ input: { bands } });
    if (!result.data) {
      const fields = fieldProblems(result.error);
      setProblems(fields);
      setFailure(fields.length ? null : errorText(result.error));
      return;
    }
    setBands(strip(result.data.updateAuditGradeBands));
    message.success(t('settings.gradeBands.saved'));
  };

  const cell = (
    i: number,
    field: 'grade' | 'label' | 'labelEn' | 'min',
    control: React.ReactNode,
    width: number | string,
  ) => {
    const problem = problemAt(i, field);
    return (
      <Form.Item
        label={label(field)}
        validateStatus={problem ? 'error' : undefined}
        help={problem ? problemText(problem) : undefined}
        style={{ marginBottom: 8, width, minWidth: 0 }}
      >
        {control}
      </Form.Item>
    );
  };

  return (
    <Card
      title={t('settings.gradeBands.title')}
      style={{ maxWidth: 640, marginTop: 16 }}
      data-testid="grade-bands"
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('settings.gradeBands.hint')}
      </Typography.Paragraph>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Form layout="vertical" component="div" disabled={saving.fetching}>
        {bands.map((b, i) => (
          <Flex
            // biome-ignore lint/suspicious/noArrayIndexKey: a band has no identity but its place (its code is edited)
            key={i}
            gap={8}
            wrap
            align="flex-start"
            data-testid="grade-band"
            style={{ borderBottom: '1px dashed #eee', marginBottom: 8 }}
          >
            {cell(
              i,
              'label',
              <Input
                aria-label={label('label')}
                value={b.label}
                maxLength={20}
                onChange={(e) => change(i, { label: e.target.value })}
              />,
              90,
            )}
            {cell(
              i,
              'labelEn',
              <Input
                aria-label={label('labelEn')}
                value={b.labelEn}
                maxLength={20}
                onChange={(e) => change(i, { labelEn: e.target.value })}
              />,
              120,
            )}
            {cell(
              i,
              'grade',
              <Input
                aria-label={label('grade')}
                value={b.grade}
                maxLength={20}
                onChange={(e) => change(i, { grade: e.target.value.toUpperCase() })}
              />,
              120,
            )}
            {cell(
              i,
              'min',
              <InputNumber<number>
                aria-label={label('min')}
                value={b.min}
                min={0}
                max={100}
                step={1}
                style={{ width: '100%' }}
                onChange={(v) => change(i, { min: v ?? 0 })}
              />,
              100,
            )}
            <Button
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('settings.gradeBands.remove')} ${b.label}`}
              disabled={bands.length <= 2}
              style={{ marginTop: 30 }}
              onClick={() => setBands(bands.filter((_, n) => n !== i))}
            />
          </Flex>
        ))}
      </Form>
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          disabled={bands.length >= MAX_GRADE_BANDS}
          onClick={() =>
            setBands([
              ...bands.slice(0, -1),
              { grade: '', label: '', labelEn: '', min: 50 },
              ...bands.slice(-1),
            ])
          }
        >
          {t('settings.gradeBands.add')}
        </Button>
        <Button onClick={() => setBands(strip(DEFAULT_GRADE_BANDS))}>{t('settings.gradeBands.reset')}</Button>
        <Button type="primary" loading={saving.fetching} onClick={() => void onSave()}>
          {t('common.save')}
        </Button>
      </Flex>
    </Card>
  );
}
