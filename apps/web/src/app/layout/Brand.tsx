import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="#2f64f0" />
      <path d="M7 16.5 16 9l9 7.5V24a1 1 0 0 1-1 1h-5v-5.5h-6V25H8a1 1 0 0 1-1-1z" fill="#fff" />
    </svg>
  );
}

export function Brand({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Flex
      align="center"
      gap={10}
      style={{ height: 56, padding: collapsed ? '0 24px' : '0 20px', overflow: 'hidden' }}
    >
      <BrandMark size={28} />
      {collapsed ? null : (
        <Typography.Text strong style={{ color: '#fff', fontSize: 15, lineHeight: 1.25 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
}
