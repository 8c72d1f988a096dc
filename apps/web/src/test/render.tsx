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

/** What the fake answers on the file routes beside GraphQL, and what it saw there. */
export interface FakeFiles {
  /** The answer of `POST /files`: status and JSON body (a file, or `{ errors }`). */
  upload?: { status: number; body: unknown };
  /** The answer of `GET /files/:id`: status and bytes (or a JSON refusal). */
  download?: { status: number; body: BodyInit; type?: string };
  /** Filled in: every request to /files, in order. */
  requests?: { method: string; url: string; authorization: string | null; body: unknown }[];
}

/**
 * A fake API over `fetch`: GraphQL answered by operation name, recording what was sent (the urql
 * client under test talks to it as to the real one), and the /files routes answered from `files`.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function fakeApi(answers: Record<string, unknown>, files: FakeFiles = {}) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const path = new URL(String(url), 'http://web.test').pathname;
      if (path === '/files' || path.startsWith('/files/')) {
        const method = init.method ?? 'GET';
        files.requests?.push({
          method,
          url: path,
          authorization: new Headers(init.headers).get('authorization'),
          body: init.body,
        });
        if (method === 'POST') {
          const answer = files.upload ?? {
            status: 404,
            body: { errors: [{ extensions: { code: 'NOT_FOUND' } }] },
          };
          return new Response(JSON.stringify(answer.body), {
            status: answer.status,
            headers: { 'content-type': 'application/json' },
          });
        }
        const answer = files.download ?? {
          status: 404,
          body: JSON.stringify({ errors: [{ extensions: { code: 'NOT_FOUND' } }] }),
          type: 'application/json',
        };
        return new Response(answer.body, {
          status: answer.status,
          headers: { 'content-type': answer.type ?? 'application/octet-stream' },
        });
      }
      const body = JSON.parse(String(init.body)) as (typeof sent)[number];
      sent.push(body);
      return new Response(JSON.stringify(answers[body.operationName] ?? { data: null }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}
