import type { FieldProblem } from '@anju/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { TemplateEditor } from './TemplateEditor';
import { type Draft, draftProblems, fromContent, problemsByPath, toInput } from './templateDraft';

let latest: Draft | null = null;

function Harness({ initial, readOnly = false }: { initial: Draft; readOnly?: boolean }) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  latest = draft;
  return (
    <>
      <button type="button" onClick={() => setProblems(draftProblems(draft))}>
        check
      </button>
      <TemplateEditor
        draft={draft}
        onChange={setDraft}
        problems={problemsByPath(problems)}
        problemText={(p, field) => `${field}:${p.reason}`}
        readOnly={readOnly}
      />
    </>
  );
}

const oneSection = () =>
  fromContent({
    sections: [
      {
        key: 'a',
        department: 'CLEANING',
        title: '楼内',
        titleEn: 'Indoor',
        items: [
          {
            key: 'cl-01',
            title: '大堂',
            standard: '地面干净',
            titleEn: '',
            standardEn: '',
            maxScore: 5,
            critical: false,
          },
          {
            key: 'cl-02',
            title: '电梯',
            standard: '轿厢干净',
            titleEn: '',
            standardEn: '',
            maxScore: 3,
            critical: true,
          },
        ],
      },
    ],
  });

describe('TemplateEditor', () => {
  it('edits an item’s texts, points and critical flag', () => {
    renderWithProviders(<Harness initial={oneSection()} />);
    const items = screen.getAllByTestId('template-item');
    fireEvent.change(within(items[0]!).getByLabelText('检查项目'), { target: { value: '大堂门厅' } });
    fireEvent.change(within(items[0]!).getByLabelText('检查标准'), {
      target: { value: '地面无垃圾、无水迹' },
    });
    fireEvent.click(within(items[0]!).getByRole('switch', { name: '一票否决' }));
    const score = within(items[0]!).getByRole('spinbutton', { name: '分值' });
    fireEvent.change(score, { target: { value: '7.5' } });
    fireEvent.blur(score);
    expect(toInput(latest!).sections[0]!.items[0]).toMatchObject({
      title: '大堂门厅',
      standard: '地面无垃圾、无水迹',
      critical: true,
      maxScore: 7.5,
    });
  });

  it('reorders items with the up and down buttons and removes one', () => {
    renderWithProviders(<Harness initial={oneSection()} />);
    fireEvent.click(screen.getByRole('button', { name: '下移 第 1 项' }));
    expect(toInput(latest!).sections[0]!.items.map((i) => i.key)).toEqual(['cl-02', 'cl-01']);
    expect((screen.getByRole('button', { name: '上移 第 1 项' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '删除 第 2 项' }));
    expect(toInput(latest!).sections[0]!.items.map((i) => i.key)).toEqual(['cl-02']);
  });

  it('adds an item with the next key, and a section of a chosen department', async () => {
    renderWithProviders(<Harness initial={oneSection()} />);
    fireEvent.click(screen.getByRole('button', { name: /添加检查项目/ }));
    expect(toInput(latest!).sections[0]!.items.map((i) => i.key)).toEqual(['cl-01', 'cl-02', 'cl-03']);
    fireEvent.click(screen.getByRole('button', { name: /添加分部/ }));
    fireEvent.click(await screen.findByText('消防'));
    expect(toInput(latest!).sections.map((s) => [s.key, s.department, s.title])).toEqual([
      ['a', 'CLEANING', '楼内'],
      ['fs-part-1', 'FIRE_SAFETY', '消防'],
    ]);
  });

  it('moves sections and shows problems on their fields', () => {
    const two = oneSection();
    two.sections.push({ ...two.sections[0]!, uid: 'second', key: 'b', department: 'SECURITY', items: [] });
    renderWithProviders(<Harness initial={two} />);
    const firstKey = toInput(latest!).sections[0]!.key;
    fireEvent.click(screen.getAllByRole('button', { name: /^下移 / })[0]!);
    expect(toInput(latest!).sections[1]!.key).toBe(firstKey);
    const item = screen.getAllByTestId('template-item')[0]!;
    fireEvent.change(within(item).getByLabelText('检查项目'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'check' }));
    expect(within(item).getByText('检查项目:REQUIRED')).toBeTruthy();
  });

  it('shows an archived template read-only: no buttons to change it', () => {
    renderWithProviders(<Harness initial={oneSection()} readOnly />);
    expect(screen.queryByRole('button', { name: /添加检查项目/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^上移 / })).toBeNull();
    expect((screen.getAllByLabelText('检查项目')[0] as HTMLInputElement).disabled).toBe(true);
  });
});
