import { Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EstatePickerQuery } from './indicators/indicators.graphql';
import { useDebouncedValue } from './useDebouncedValue';

interface Props {
  value?: string;
  onChange(id: string | undefined, name?: string): void;
  /** Choose the first estate when none is chosen (an estate manager's own estate). */
  autoSelectFirst?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}

/** One estate of those the caller may see, searched on the server. */
export function EstatePicker({
  value,
  onChange,
  autoSelectFirst,
  allowClear,
  placeholder,
  style,
  id,
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: EstatePickerQuery,
    variables: { search: debounced || null },
  });
  const [known, setKnown] = useState<Map<string, string>>(new Map());

  const nodes = useMemo(() => data?.estates.edges.map((e) => e.node), [data]);
  useEffect(() => {
    if (!nodes?.length) return;
    setKnown((k) => {
      const next = new Map(k);
      for (const n of nodes) next.set(n.id, n.name);
      return next;
    });
    if (autoSelectFirst && !value && !debounced) onChange(nodes[0]!.id, nodes[0]!.name);
  }, [nodes, autoSelectFirst, value, debounced, onChange]);

  const options = useMemo(() => {
    const list = (nodes ?? []).map((n) => ({
      value: n.id,
      label: t('common.nameWithCode', { name: n.name, code: n.code }),
    }));
    if (value && !list.some((o) => o.value === value) && known.has(value))
      list.unshift({ value, label: known.get(value)! });
    return list;
  }, [nodes, value, known, t]);

  return (
    <Select
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange(v, v ? known.get(v) : undefined)}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t('figures.chooseEstate')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={fetching ? <Spin size="small" /> : undefined}
      onBlur={() => setSearch('')}
      style={style}
      aria-label={placeholder ?? t('figures.chooseEstate')}
      data-testid="estate-picker"
    />
  );
}
