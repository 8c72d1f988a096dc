import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubscription } from 'urql';
import type { IndicatorUnit } from '../../gql/graphql';
import { useIndicatorText } from '../../shared/indicators/useIndicatorText';
import { IndicatorAlertSubscription } from './comparison.graphql';

/**
 * An approved figure that missed its target pops up as a notification while the page is open.
 * `unitOf` gives the indicator's unit (the event carries only the number) so 99 reads 99%.
 */
export function useIndicatorAlerts(unitOf: (code: string) => IndicatorUnit | undefined) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const { notification } = App.useApp();
  const units = useRef(unitOf);
  units.current = unitOf;
  const [alert] = useSubscription({ query: IndicatorAlertSubscription });
  const event = alert.data?.indicatorAlert;

  useEffect(() => {
    if (!event) return;
    notification.warning({
      key: `${event.estateId}-${event.indicatorCode}-${event.month}`,
      title: t('comparison.alert.title'),
      description: t('comparison.alert.text', {
        estate: event.estateName,
        indicator: event.indicatorName,
        month: event.month,
        value: text.value(event.value, units.current(event.indicatorCode) ?? 'COUNT'),
        target: event.target.label,
      }),
      placement: 'bottomRight',
      duration: 8,
    });
  }, [event, notification, t, text]);
}
