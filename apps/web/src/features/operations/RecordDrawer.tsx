import { Alert, Button, Drawer, Form, type FormInstance } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { useIsMobile } from '../../shared/useIsMobile';

interface Props<V> {
  title: string;
  form: FormInstance<V>;
  initialValues: Partial<V>;
  /** Field names, for placing the server's problems on them. */
  fields: readonly string[];
  onClose(): void;
  /** Saves; answers the error when refused. */
  onSave(values: V): Promise<CombinedError | undefined>;
  children: ReactNode;
  testId: string;
}

/** A form in a drawer (full width on phones): the server's field problems land on their fields. */
export function RecordDrawer<V extends object>({
  title,
  form,
  initialValues,
  fields,
  onClose,
  onSave,
  children,
  testId,
}: Props<V>) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const submit = async (values: V) => {
    setSaving(true);
    setGeneral(null);
    try {
      const error = await onSave(values);
      if (error) setGeneral(showServerProblems(form, error, fields, problemText, errorText));
      else onClose();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open
      title={title}
      width={mobile ? '100%' : 480}
      onClose={onClose}
      destroyOnHidden
      data-testid={testId}
      extra={
        <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid={`${testId}-save`}>
          {t('operations.save')}
        </Button>
      }
    >
      {general ? <Alert type="error" showIcon title={general} style={{ marginBottom: 12 }} /> : null}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {children}
      </Form>
    </Drawer>
  );
}
