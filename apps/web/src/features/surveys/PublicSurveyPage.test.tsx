import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderWithProviders } from '../../test/render';
import { PublicSurveyPage } from './PublicSurveyPage';

afterEach(() => vi.unstubAllGlobals());

const survey = (status: string) => ({
  data: {
    publicSurvey: {
      __typename: 'PublicSurvey',
      title: '2026年下半年业主满意度调查',
      estateName: '翠湖苑',
      companyName: '安居物业',
      opensOn: '2026-12-01',
      closesOn: '2026-12-25',
      status,
      questions: [
        { __typename: 'SurveyQuestionView', key: 'q1', area: 'CLEANING', text: '公共区域的清洁卫生' },
        { __typename: 'SurveyQuestionView', key: 'q2', area: 'SECURITY', text: '小区秩序维护' },
      ],
    },
  },
});

function renderPage(answers: Record<string, unknown>) {
  const sent = fakeApi(answers);
  const client = new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange] });
  const page = (
    <Provider value={client}>
      <PublicSurveyPage />
    </Provider>
  );
  renderWithProviders(page, { route: '/s/tok-123', routes: [{ path: '/s/:token', element: page }] });
  return sent;
}

describe('PublicSurveyPage', () => {
  it('asks for a household code and a rating per question, in Chinese, and sends them', async () => {
    const sent = renderPage({
      PublicSurvey: survey('OPEN'),
      SubmitSurveyAnswer: {
        data: {
          submitSurveyAnswer: {
            __typename: 'SurveyAnswerReceipt',
            ok: true,
            submittedAt: '2026-12-06T03:00:00Z',
          },
        },
      },
    });
    await screen.findByText('2026年下半年业主满意度调查');
    expect(screen.getAllByTestId('public-survey-question')).toHaveLength(2);
    fireEvent.change(screen.getByTestId('public-survey-code'), { target: { value: 'abcd-efgh' } });
    // Rate q1 非常满意 and q2 不满意.
    fireEvent.click(screen.getAllByText('非常满意')[0]!);
    fireEvent.click(screen.getAllByText('不满意')[1]!);
    fireEvent.click(screen.getByTestId('public-survey-submit'));
    await screen.findByTestId('public-survey-done');
    const submit = sent.find((s) => s.operationName === 'SubmitSurveyAnswer');
    expect(submit?.variables).toEqual({
      input: {
        token: 'tok-123',
        householdCode: 'abcd-efgh',
        ratings: [
          { key: 'q1', rating: 5 },
          { key: 'q2', rating: 2 },
        ],
        comment: null,
      },
    });
  });

  it('shows why an answer is refused (a second answer with the same code)', async () => {
    renderPage({
      PublicSurvey: survey('OPEN'),
      SubmitSurveyAnswer: {
        data: null,
        errors: [
          {
            message: '该户码已提交过本次调查，每户只能提交一次',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'ALREADY_ANSWERED',
              fields: [
                {
                  path: ['householdCode'],
                  reason: 'ALREADY_ANSWERED',
                  message: '该户码已提交过本次调查，每户只能提交一次',
                },
              ],
            },
          },
        ],
      },
    });
    await screen.findByText('2026年下半年业主满意度调查');
    fireEvent.change(screen.getByTestId('public-survey-code'), { target: { value: 'ABCD-EFGH' } });
    for (const el of screen.getAllByText('满意')) fireEvent.click(el);
    fireEvent.click(screen.getByTestId('public-survey-submit'));
    const error = await screen.findByTestId('public-survey-error');
    expect(error.textContent).toContain('只能提交一次');
    expect(screen.queryByTestId('public-survey-done')).toBeNull();
  });

  it('says when a survey is closed, and offers no form', async () => {
    renderPage({ PublicSurvey: survey('CLOSED') });
    await screen.findByText('本次调查已于 2026-12-25 截止');
    await waitFor(() => expect(screen.queryByTestId('public-survey-submit')).toBeNull());
  });
});
