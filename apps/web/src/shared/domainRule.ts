import type { FieldProblem } from '@anju/domain';
import type { FormInstance, FormRule } from 'antd';
import { useCallback } from 'react';

/**
 * Form.Item rules from the shared domain schemas: the field's value is checked together with the
 * form's other values (as the API will check them), and the first problem on this field is shown,
 * put into words by `problemText` (reason + params, current language). Runs on every change, so an
 * error leaves the field as soon as it is fixed, also one the server put there.
 */
export function useDomainRule<V>(
  form: FormInstance<V>,
  check: (values: V) => readonly FieldProblem[],
  problemText: (problem: FieldProblem) => string,
) {
  return useCallback(
    (field: string): FormRule[] => [
      {
        validator: async () => {
          const values = form.getFieldsValue(true) as V;
          const problem = check(values).find((p) => p.path[0] === field);
          if (problem) throw new Error(problemText(problem));
        },
      },
    ],
    [form, check, problemText],
  );
}
