import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, type RouteObject, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import type { Language } from '../app/i18n';
import { LocaleProvider } from '../app/locale';

/**
 * Renders with the providers every page has: i18n + antd locale (zh-CN unless `lang` says
 * otherwise) and a data router (as the app's `createBrowserRouter`, so `useBlocker` works). `ui`
 * answers every path except `routes`.
 */
export function renderWithProviders(
  ui: ReactElement,
  {
    route = '/',
    routes = [],
    lang = 'zh-CN',
  }: { route?: string; routes?: RouteObject[]; lang?: Language } = {},
) {
  // The provider starts in the stored language, as the app does after a reload.
  localStorage.setItem('anju.lang', lang);
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

/** CJK ideographs and punctuation: what must not appear on a page rendered in English. */
export const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The runs of Chinese text in `element`, for a readable failure message. */
export function chineseIn(element: HTMLElement): string[] {
  const text = `${element.textContent ?? ''} ${[
    ...element.querySelectorAll('[title],[aria-label],[placeholder]'),
  ]
    .flatMap((e) => ['title', 'aria-label', 'placeholder'].map((a) => e.getAttribute(a) ?? ''))
    .join(' ')}`;
  return text.match(new RegExp(`[^\\s]*${CJK.source}+[^\\s]*`, 'g')) ?? [];
}

/**
 * A fake GraphQL API over `fetch`, answering by operation name and recording what was sent (the
 * urql client under test talks to it as to the real one). Undo with `vi.unstubAllGlobals()`.
 */
export function fakeApi(answers: Record<string, unknown>) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as (typeof sent)[number];
      sent.push(body);
      return new Response(JSON.stringify(answers[body.operationName] ?? { data: null }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}
