import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useState } from 'react';
import { type AnyVariables, type CombinedError, type UseQueryArgs, useQuery } from 'urql';

/** The month a drill-down shows, among the months it offers. */
export interface DrillMonth {
  months: string[];
  month: string;
  setMonth(month: string): void;
}

/** What a drill-down shows: the chosen month and its answer (undefined while it loads or failed). */
export interface DrillState<A> {
  picker: DrillMonth;
  answer: A | undefined;
  error?: CombinedError;
  /** Asks the API again, past the cache. */
  retry?(): void;
}

/** The period's last month first; another may be chosen. */
export function useDrillMonth(months: string[]): DrillMonth {
  const [month, setMonth] = useState(months[months.length - 1]!);
  return { months, month, setMonth };
}

/**
 * The answer if it is the one for `month`: urql keeps the previous month's answer while the next
 * loads, and it must never show under this month.
 */
export function answerFor<A extends { month: string }>(answer: A | undefined, month: string): A | undefined {
  return answer?.month === month ? answer : undefined;
}

/** A drill-down's query, asked for the chosen month (`variables` without it); `pick` finds the answer. */
export function useDrillQuery<
  Data,
  Variables extends AnyVariables & { month: string },
  A extends { month: string },
>(
  months: string[],
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'month'>,
  pick: (data: Data) => A,
): DrillState<A> {
  const picker = useDrillMonth(months);
  const [result, refetch] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, month: picker.month },
  } as UseQueryArgs<Variables, Data>);
  return {
    picker,
    answer: answerFor(result.data ? pick(result.data) : undefined, picker.month),
    error: result.error,
    retry: () => refetch({ requestPolicy: 'network-only' }),
  };
}
