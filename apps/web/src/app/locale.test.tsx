import { act, render, screen } from '@testing-library/react';
import { theme } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from './locale';

function MotionProbe() {
  const { token } = theme.useToken();
  return <span data-testid="motion">{String(token.motion)}</span>;
}

/** A `matchMedia` whose reduced-motion answer the test changes, telling its listeners. */
function stubReducedMotion(initial: boolean) {
  let matches = initial;
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    media: query,
    get matches() {
      return query.includes('prefers-reduced-motion') ? matches : false;
    },
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
  }));
  return (next: boolean) => {
    matches = next;
    for (const l of listeners) l();
  };
}

describe('LocaleProvider motion', () => {
  it('turns antd motion off while the system asks for reduced motion, and back on', () => {
    const set = stubReducedMotion(true);
    render(
      <LocaleProvider>
        <MotionProbe />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('motion').textContent).toBe('false');
    act(() => set(false));
    expect(screen.getByTestId('motion').textContent).toBe('true');
  });

  it('keeps motion on by default', () => {
    stubReducedMotion(false);
    render(
      <LocaleProvider>
        <MotionProbe />
      </LocaleProvider>,
    );
    expect(screen.getByTestId('motion').textContent).toBe('true');
  });
});
