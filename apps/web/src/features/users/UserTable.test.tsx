import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { columnTexts, sortBy } from '../../test/table';
import type { UserRow } from './memberships';
import { UserTable } from './UserTable';

const user = (id: string, name: string, lastLoginAt: string | null): UserRow =>
  ({
    __typename: 'User',
    id,
    name,
    email: `${id}@anju.demo`,
    phone: null,
    status: 'ACTIVE',
    lastLoginAt,
    createdAt: '2026-01-01T00:00:00Z',
    memberships: [],
  }) as unknown as UserRow;

// Pinyin: a < bin < cui < jin. Code-point order puts 阿 (U+963F) after 滨 翠 金 (U+6EE8, U+7FE0, U+91D1).
const rows = [
  user('u1', '翠湖苑', '2026-03-01T08:00:00Z'),
  user('u2', '金桂园', null),
  user('u3', '滨江花园', '2025-12-31T23:00:00+08:00'),
  user('u4', '阿卡小区', '2026-02-10T09:30:00Z'),
];

function renderTable() {
  renderWithProviders(
    <UserTable
      rows={rows}
      loading={false}
      emptyText="none"
      meId="me"
      canUpdate={() => false}
      onEdit={() => {}}
      onDeactivate={async () => {}}
    />,
  );
}

const names = () => columnTexts(0);

describe('UserTable', () => {
  it('keeps the page order until a header is clicked, then sorts names by pinyin', () => {
    renderTable();
    expect(names()).toEqual(['翠湖苑', '金桂园', '滨江花园', '阿卡小区']);
    sortBy('姓名');
    expect(names()).toEqual(['阿卡小区', '滨江花园', '翠湖苑', '金桂园']);
    sortBy('姓名');
    expect(names()).toEqual(['金桂园', '翠湖苑', '滨江花园', '阿卡小区']);
  });

  it('sorts by last login chronologically, never-logged-in last either way', () => {
    renderTable();
    sortBy('最后登录');
    expect(names()).toEqual(['滨江花园', '阿卡小区', '翠湖苑', '金桂园']);
    sortBy('最后登录');
    expect(names()).toEqual(['翠湖苑', '阿卡小区', '滨江花园', '金桂园']);
  });
});
