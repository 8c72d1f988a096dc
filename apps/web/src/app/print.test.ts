import { describe, expect, it } from 'vitest';
import css from './global.css?raw';

const print = css.slice(css.indexOf('@media print'));

describe('print styles', () => {
  it('prints on A4, wide pages landscape', () => {
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4 portrait/);
    expect(css).toMatch(/@page wide\s*{[^}]*size:\s*A4 landscape/);
    expect(print).toMatch(/\.print-landscape[^{]*{[^}]*page:\s*wide/);
  });

  it('hides the header, the menu and every button, and unfolds scroll containers', () => {
    const hidden = print.slice(0, print.indexOf('display: none'));
    for (const selector of ['.ant-layout-header', '.ant-layout-sider', '.ant-btn', '.ant-pagination'])
      expect(hidden).toContain(selector);
    expect(print).toMatch(/\.heatmap-scroll[^{]*{[^}]*overflow:\s*visible/);
  });
});
