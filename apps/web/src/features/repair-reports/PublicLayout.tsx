import { Card, Flex, Segmented, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { Language } from '../../app/i18n';
import { BrandMark } from '../../app/layout/Brand';
import { useLocale } from '../../app/locale';

/** The residents' pages: no menu, no sign-in, a phone-first column with the language switch. */
export function PublicLayout({ title, children }: { title: string; children: ReactNode }) {
  const { lang, setLang } = useLocale();
  return (
    <Flex
      vertical
      align="center"
      style={{ minHeight: '100vh', background: '#f4f6fb', padding: '12px 12px 32px' }}
    >
      <Flex vertical gap={12} style={{ width: '100%', maxWidth: 520 }}>
        <Flex align="center" justify="space-between">
          <Flex align="center" gap={8}>
            <BrandMark size={28} />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
          </Flex>
          <Segmented<Language>
            size="small"
            value={lang}
            onChange={setLang}
            options={[
              { value: 'zh-CN', label: '中文' },
              { value: 'en-US', label: 'EN' },
            ]}
          />
        </Flex>
        <Card styles={{ body: { padding: 16 } }}>{children}</Card>
      </Flex>
    </Flex>
  );
}
