import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Judgement } from '../../gql/graphql';
import { TONES } from './judgement';

export function JudgementTag({ judgement, style }: { judgement: Judgement; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  return (
    <Tag color={TONES[judgement].tag} style={{ marginInlineEnd: 0, ...style }}>
      {t(`judgement.${judgement}`)}
    </Tag>
  );
}
