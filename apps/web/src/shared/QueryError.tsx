import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useErrorText } from './useErrorText';

/** A failed query, explained in the current language, with a retry. Renders nothing without an error. */
export function QueryError({
  error,
  onRetry,
  marginBottom = 12,
}: {
  error: CombinedError | null | undefined;
  onRetry: () => void;
  marginBottom?: number;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      action={
        <Button size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
      style={{ marginBottom }}
    />
  );
}
