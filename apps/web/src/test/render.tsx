import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { LocaleProvider } from '../app/locale';

/**
 * Renders with the providers every page has: i18n + antd locale (zh-CN) and a data router (as the
 * app's `createBrowserRouter`, so `useBlocker` works). `ui` answers every path except `routes`.
 */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', routes = [] }: { route?: string; routes?: RouteObject[] } = {},
) {
  const router = createMemoryRouter([...routes, { path: '*', element: ui }], { initialEntries: [route] });
  return {
    router,
    ...render(
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>,
    ),
  };
}

/** The antd Form.Item (label + control + errors) whose label reads `label`. */
export function formItemByLabel(container: HTMLElement, label: string): HTMLElement {
  const labels = [...container.querySelectorAll('.ant-form-item-label label')];
  const match = labels.find((l) => l.textContent?.trim() === label);
  const item = match?.closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`No form item labelled ${label}`);
  return item;
}
