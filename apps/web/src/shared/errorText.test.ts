import { REASON_CODES } from '@anju/domain';
import { GraphQLError } from 'graphql';
import i18next, { type TFunction } from 'i18next';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { enUS } from '../app/i18n/en-US';
import { zhCN } from '../app/i18n/zh-CN';
import { CJK } from '../test/render';
import { CLIENT_ERROR_CODES, fieldProblems } from './errors';
import { errorText, type Translator, translateProblem } from './useErrorText';

/** Reasons the API sends beyond the domain's list (auth and upload checks). */
const API_ONLY_REASONS = ['WRONG_PASSWORD', 'NOT_ZIP'] as const;

async function translator(lng: 'zh-CN' | 'en-US'): Promise<Translator> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return { t: i18n.t as TFunction, language: lng, exists: (k) => i18n.exists(k) };
}

const params = { max: 60, min: 2, char: 'U+202E' };

describe('field problem texts', () => {
  it.each([...REASON_CODES, ...API_ONLY_REASONS])('%s has a text in zh-CN and en-US', (reason) => {
    expect(zhCN.errors.reasons).toHaveProperty(reason);
    expect(enUS.errors.reasons).toHaveProperty(reason);
  });

  it('every reason reads without a placeholder left, and English has no Chinese', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en-US');
    for (const reason of [...REASON_CODES, ...API_ONLY_REASONS]) {
      const p = { reason, message: '服务器的中文', params };
      const zhText = translateProblem(zh, p, '小区名称');
      const enText = translateProblem(en, p, 'Estate name');
      expect(zhText, reason).not.toMatch(/\{\{|服务器的中文/);
      expect(enText, reason).not.toMatch(/\{\{/);
      expect(CJK.test(enText), `${reason}: ${enText}`).toBe(false);
    }
  });

  it('puts the field name and the params into the sentence', async () => {
    const zh = await translator('zh-CN');
    const en = await translator('en-US');
    const tooLong = { reason: 'TOO_LONG', message: '小区名称不能超过 60 个字', params: { max: 60 } };
    expect(translateProblem(zh, tooLong, '小区名称')).toBe('小区名称不能超过 60 个字');
    expect(translateProblem(en, tooLong, 'Estate name')).toBe('Estate name must be at most 60 characters');
    expect(translateProblem(en, { reason: 'REQUIRED', message: '此项必填' })).toBe('This field is required');
    expect(
      translateProblem(
        en,
        { reason: 'CONTROL_CHARACTERS', message: 'x', params: { char: 'U+202E' } },
        'Name',
      ),
    ).toBe('Name must not contain control or text-direction characters (U+202E)');
  });

  it('an unknown reason shows the server message in Chinese and a neutral English text', async () => {
    const p = { reason: 'NEW_REASON', message: '新规则不允许' };
    expect(translateProblem(await translator('zh-CN'), p, '小区名称')).toBe('新规则不允许');
    expect(translateProblem(await translator('en-US'), p, 'Estate name')).toBe('Estate name is not valid');
  });

  it('reads params from the API answer', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('x', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ path: ['name'], reason: 'TOO_LONG', message: 'x', params: { max: 60 } }],
          },
        }),
      ],
    });
    expect(fieldProblems(error)).toEqual([
      { path: ['name'], reason: 'TOO_LONG', message: 'x', params: { max: 60 } },
    ]);
  });
});

describe('error code texts', () => {
  it.each(CLIENT_ERROR_CODES)('%s has a text in zh-CN and en-US', (code) => {
    expect(zhCN.errors[code]).toBeTruthy();
    expect(enUS.errors[code]).toBeTruthy();
  });

  const failure = (extensions: Record<string, unknown>, message = '服务器的中文') =>
    new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

  it('translates codes, refusal reasons and the wait of TOO_MANY_REQUESTS', async () => {
    const en = await translator('en-US');
    const zh = await translator('zh-CN');
    expect(errorText(en, failure({ code: 'TOO_MANY_REQUESTS', retryAfter: 30 }))).toBe(
      'Too many requests, try again in 30 s',
    );
    expect(errorText(zh, failure({ code: 'TOO_MANY_REQUESTS', retryAfter: 30 }))).toBe(
      '操作过于频繁，请 30 秒后再试',
    );
    expect(errorText(en, failure({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' }))).toMatch(
      /already sent with other content/,
    );
    expect(errorText(en, failure({ code: 'UNAUTHENTICATED', reason: 'COMPANY_SUSPENDED' }))).toMatch(
      /company is suspended/,
    );
    expect(errorText(en, failure({ code: 'COST_LIMIT_EXCEEDED' }))).toMatch(/too much at once/);
    // An unknown CONFLICT reason: Chinese shows the server's sentence, English the code's text.
    expect(errorText(zh, failure({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBe('服务器的中文');
    expect(errorText(en, failure({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }))).toBe(enUS.errors.CONFLICT);
  });
});
