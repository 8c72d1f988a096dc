import { Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDebouncedValue } from '../../shared/useDebouncedValue';
import { EstateOptionsQuery } from './users.graphql';

interface Props {
  value?: string[];
  onChange?(value: string[]): void;
  /** Labels of estates already chosen, which the current search may not return. */
  known?: readonly { id: string; name: string }[];
  maxCount?: number;
  status?: 'error' | 'warning';
  id?: string;
}

/** Estates searched on the server as the user types: a company can have thousands. */
export function EstateSelect({ value, onChange, known = [], maxCount, status, id }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: EstateOptionsQuery,
    variables: { search: debounced || null },
  });

  const options = useMemo(() => {
    const byId = new Map<string, string>();
    for (const e of known) byId.set(e.id, e.name);
    for (const edge of data?.estates.edges ?? [])
      byId.set(edge.node.id, t('common.nameWithCode', { name: edge.node.name, code: edge.node.code }));
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [known, data, t]);

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      options={options}
      maxCount={maxCount}
      status={status}
      placeholder={t('users.fields.estatesPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={fetching ? <Spin size="small" /> : undefined}
      onBlur={() => setSearch('')}
      style={{ width: '100%' }}
    />
  );
}
