import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { chineseIn, formItemByLabel, renderWithProviders } from '../../test/render';
import { ESTATE_FORM_ID, EstateForm } from './EstateForm';
import type { EstateFormValues } from './estateForm';

function Harness(props: {
  initialValues: EstateFormValues;
  onSubmit: () => Promise<CombinedError | undefined>;
  onReload?: () => void;
}) {
  const [form] = Form.useForm<EstateFormValues>();
  return (
    <EstateForm
      form={form}
      initialValues={props.initialValues}
      regions={[{ id: 'r1', name: '华东' }]}
      creating
      onSubmit={props.onSubmit}
      onReload={props.onReload}
    />
  );
}

function submit(container: HTMLElement) {
  const form = container.querySelector(`form#${ESTATE_FORM_ID}`);
  if (!form) throw new Error('form not rendered');
  act(() => {
    fireEvent.submit(form);
  });
}

const valid: EstateFormValues = { name: '翠湖苑', code: 'HZ-001', type: 'RESIDENTIAL', status: 'MANAGED' };

describe('EstateForm', () => {
  it('puts a taken code (CONFLICT with fields, as the API sends it) on the 项目编号 Form.Item', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('项目编号已存在', {
          extensions: {
            code: 'CONFLICT',
            fields: [{ path: ['code'], reason: 'TAKEN', message: '项目编号已存在' }],
          },
        }),
      ],
    });
    const onSubmit = vi.fn(async () => error);
    const { container } = renderWithProviders(<Harness initialValues={valid} onSubmit={onSubmit} />);

    submit(container);

    await waitFor(() =>
      expect(formItemByLabel(container, '项目编号').textContent).toContain('项目编号已被占用，请更换'),
    );
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(formItemByLabel(container, '项目编号').className).toContain('ant-form-item-has-error');
    expect(formItemByLabel(container, '小区名称').className).not.toContain('ant-form-item-has-error');
    // A taken code is not a stale version: no "reload" banner.
    expect(screen.queryByText('该小区已被他人修改')).toBeNull();
  });

  it('puts each BAD_USER_INPUT field problem on its own Form.Item', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              {
                path: ['feeRate'],
                reason: 'TOO_LARGE',
                message: '物业费超出合理范围',
                params: { max: 1000 },
              },
              {
                path: ['contractEnd'],
                reason: 'BEFORE_START',
                message: '委托管理期结束日期不能早于开始日期',
              },
            ],
          },
        }),
      ],
    });
    const { container } = renderWithProviders(<Harness initialValues={valid} onSubmit={async () => error} />);

    submit(container);

    await waitFor(() =>
      expect(formItemByLabel(container, '物业费').textContent).toContain('物业费不能大于 1000'),
    );
    expect(formItemByLabel(container, '结束日期').textContent).toContain('结束日期不能早于开始日期');
    expect(formItemByLabel(container, '开始日期').textContent).not.toContain('不能早于开始日期');
    expect(formItemByLabel(container, '项目编号').className).not.toContain('ant-form-item-has-error');
  });

  it('checks the shared domain rules before sending anything', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const { container } = renderWithProviders(
      <Harness initialValues={{ ...valid, name: '', contractStart: undefined }} onSubmit={onSubmit} />,
    );

    submit(container);

    await waitFor(() =>
      expect(formItemByLabel(container, '小区名称').textContent).toContain('请填写小区名称'),
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks to reload when the save hit a stale version (CONFLICT)', async () => {
    const error = new CombinedError({
      graphQLErrors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT' } })],
    });
    const onReload = vi.fn();
    const { container } = renderWithProviders(
      <Harness initialValues={valid} onSubmit={async () => error} onReload={onReload} />,
    );

    submit(container);

    await screen.findByText('该小区已被他人修改');
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('shows a wrong count instead of clamping or rounding it, and clears the error once fixed', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const { container } = renderWithProviders(<Harness initialValues={valid} onSubmit={onSubmit} />);
    const households = formItemByLabel(container, '户数').querySelector('input')!;
    const buildings = formItemByLabel(container, '楼栋数').querySelector('input')!;

    fireEvent.change(households, { target: { value: '-50' } });
    fireEvent.blur(households);
    fireEvent.change(buildings, { target: { value: '3.5' } });
    fireEvent.blur(buildings);

    await waitFor(() => expect(formItemByLabel(container, '户数').textContent).toContain('户数不能为负数'));
    await waitFor(() =>
      expect(formItemByLabel(container, '楼栋数').textContent).toContain('楼栋数必须是整数'),
    );
    // The typed figures stay as typed: nothing was coerced to 0 or 4.
    expect(households.value).toBe('-50');
    expect(buildings.value).toBe('3.5');
    submit(container);
    await waitFor(() => expect(formItemByLabel(container, '户数').className).toContain('has-error'));
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(households, { target: { value: '50' } });
    await waitFor(() =>
      expect(formItemByLabel(container, '户数').textContent).not.toContain('户数不能为负数'),
    );
    expect(formItemByLabel(container, '楼栋数').textContent).toContain('楼栋数必须是整数');
  });

  it('drops a server error from its field once the field is changed', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('项目编号已存在', {
          extensions: {
            code: 'CONFLICT',
            fields: [{ path: ['code'], reason: 'TAKEN', message: '项目编号已存在' }],
          },
        }),
      ],
    });
    const { container } = renderWithProviders(<Harness initialValues={valid} onSubmit={async () => error} />);
    submit(container);
    await waitFor(() =>
      expect(formItemByLabel(container, '项目编号').textContent).toContain('项目编号已被占用，请更换'),
    );

    fireEvent.change(formItemByLabel(container, '项目编号').querySelector('input')!, {
      target: { value: 'HZ-002' },
    });

    await waitFor(() =>
      expect(formItemByLabel(container, '项目编号').textContent).not.toContain('项目编号已被占用，请更换'),
    );
    expect(formItemByLabel(container, '项目编号').className).not.toContain('ant-form-item-has-error');
  });
});

describe('EstateForm in English', () => {
  it('shows its labels and every problem, local or from the server, in English only', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('项目编号已存在', {
          extensions: {
            code: 'CONFLICT',
            fields: [
              { path: ['code'], reason: 'TAKEN', message: '项目编号已存在' },
              {
                path: ['address'],
                reason: 'TOO_LONG',
                message: '地址不能超过 200 个字',
                params: { max: 200 },
              },
              {
                path: ['name'],
                reason: 'CONTROL_CHARACTERS',
                message: '小区名称不能包含控制字符',
                params: { char: 'U+202E' },
              },
            ],
          },
        }),
      ],
    });
    const onSubmit = vi.fn(async () => error);
    const { container } = renderWithProviders(
      <Harness initialValues={{ ...valid, name: 'Lakeside' }} onSubmit={onSubmit} />,
      { lang: 'en-US' },
    );
    // Local rules from @anju/domain, put into words by reason and params.
    const households = formItemByLabel(container, 'Households').querySelector('input')!;
    fireEvent.change(households, { target: { value: '-50' } });
    await waitFor(() =>
      expect(formItemByLabel(container, 'Households').textContent).toContain(
        'Households must not be negative',
      ),
    );
    fireEvent.change(households, { target: { value: '50' } });
    await waitFor(() =>
      expect(formItemByLabel(container, 'Households').className).not.toContain('has-error'),
    );

    submit(container);
    await waitFor(() =>
      expect(formItemByLabel(container, 'Code').textContent).toContain('Code is already taken'),
    );
    expect(formItemByLabel(container, 'Address').textContent).toContain(
      'Address must be at most 200 characters',
    );
    expect(formItemByLabel(container, 'Name').textContent).toContain(
      'Name must not contain control or text-direction characters (U+202E)',
    );
    // The region option (华东) is data, not a label: the harness's only Chinese; it is not shown closed.
    expect(chineseIn(container)).toEqual([]);
  });
});
