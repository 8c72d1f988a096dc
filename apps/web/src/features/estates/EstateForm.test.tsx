import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { formItemByLabel, renderWithProviders } from '../../test/render';
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
  it('puts a BAD_USER_INPUT field problem from the API on the Form.Item of that field', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('Invalid input', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: ['code'], reason: 'DUPLICATE', message: '项目编号已被其他小区使用' }],
          },
        }),
      ],
    });
    const onSubmit = vi.fn(async () => error);
    const { container } = renderWithProviders(<Harness initialValues={valid} onSubmit={onSubmit} />);

    submit(container);

    await screen.findByText('项目编号已被其他小区使用');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(formItemByLabel(container, '项目编号').textContent).toContain('项目编号已被其他小区使用');
    expect(formItemByLabel(container, '小区名称').textContent).not.toContain('项目编号已被其他小区使用');
    expect(formItemByLabel(container, '项目编号').className).toContain('ant-form-item-has-error');
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
});
