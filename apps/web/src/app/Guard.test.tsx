import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { Forbidden } from './Guard';

function renderAt(platformAdmin: boolean) {
  return renderWithProviders(
    <Routes>
      <Route path="/estates" element={<Forbidden platformAdmin={platformAdmin} />} />
      <Route path="/companies" element={<div>公司列表已打开</div>} />
      <Route path="/" element={<div>首页已打开</div>} />
    </Routes>,
    { route: '/estates' },
  );
}

describe('Forbidden', () => {
  it('tells a company user to ask the company admin, and goes home', async () => {
    renderAt(false);
    expect(screen.getByText('当前角色无权访问此页面，如需开通请联系公司管理员')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /返回首页/ }));
    expect(await screen.findByText('首页已打开')).toBeTruthy();
  });

  it('tells the platform admin the page is for company users, and leads to the companies', async () => {
    renderAt(true);
    expect(screen.queryByText(/联系公司管理员/)).toBeNull();
    expect(screen.getByText(/此页面面向公司用户/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /公司管理/ }));
    expect(await screen.findByText('公司列表已打开')).toBeTruthy();
  });
});
