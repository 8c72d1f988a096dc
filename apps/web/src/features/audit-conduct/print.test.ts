import { describe, expect, it } from 'vitest';
import globalCss from '../../app/global.css?raw';
import css from './audit-conduct.css?raw';

const print = css.slice(css.indexOf('@media print'));

describe('the audit report prints on A4', () => {
  it('uses the app’s A4 page, which drops the header, the menu and every button', () => {
    expect(globalCss).toMatch(/@page\s*{[^}]*size:\s*A4 portrait/);
    const hidden = globalCss.slice(globalCss.indexOf('@media print'));
    for (const selector of ['.ant-layout-header', '.ant-layout-sider', '.ant-btn', '.no-print'])
      expect(hidden.slice(0, hidden.indexOf('display: none'))).toContain(selector);
  });

  it('never splits a finding (with its photos) across pages and keeps headings with what follows', () => {
    expect(print).toMatch(/\.audit-finding\s*{[^}]*break-inside:\s*avoid/);
    expect(print).toMatch(/h2\s*{[^}]*break-after:\s*avoid/);
  });

  it('sizes photos for paper', () => {
    expect(print).toMatch(/\.audit-finding-photos img[^{]*{[^}]*width:\s*\d+mm;[^}]*height:\s*\d+mm/);
  });
});
