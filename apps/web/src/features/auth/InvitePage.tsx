import { LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../../app/auth';
import { errorCode } from '../../shared/errors';
import { showServerProblems } from '../../shared/formProblems';
import { useErrorText, useProblemText } from '../../shared/useErrorText';
import { AuthLayout, RouterLink } from './AuthLayout';
import { AcceptInvitationMutation } from './auth.graphql';

/** Named after AcceptInvitationInput, so the API's field problems land on the right item. */
interface InviteValues {
  token: string;
  password: string;
  confirm: string;
}

const MIN_PASSWORD = 8;
const MAX_PASSWORD = 200;
const SERVER_FIELDS = ['token', 'password'] as const;

type Mode = 'new' | 'existing';

/** The API's reason when the code belongs to an existing account and the password is not its own. */
function wrongPassword(error: unknown): boolean {
  const errors = (error as { graphQLErrors?: { extensions?: { fields?: { reason?: string }[] } }[] })
    ?.graphQLErrors;
  return Boolean(errors?.some((e) => e.extensions?.fields?.some((f) => f.reason === 'WRONG_PASSWORD')));
}

/**
 * Redeems the one-time invitation code (from the link `/invite?code=…` or typed in). A new person
 * chooses a password and is signed in. Someone whose email already has an account (they work for
 * another company) gives that account's current password instead: it is checked, never replaced,
 * so whoever else holds the code cannot take the account over. The page cannot know in advance
 * which case a code is (saying so would tell any holder of the code whether the address has an
 * account), so the person picks; a wrong pick is answered with WRONG_PASSWORD and the page turns
 * to the existing-account form. Signed-in accounts can also accept from the header's switcher.
 */
export function InvitePage() {
  const { t } = useTranslation();
  const { token: current, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<InviteValues>();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('new');
  /** The last existing-account password was refused: said on the field until it changes. */
  const [refused, setRefused] = useState(false);
  const problemText = useProblemText({ token: t('invite.code'), password: t('invite.password') });
  const errorText = useErrorText();
  const code = params.get('code')?.trim() ?? '';

  const onFinish = async (values: InviteValues) => {
    setFailure(null);
    const result = await accept({ input: { token: values.token.trim(), password: values.password } });
    if (result.data) {
      signIn(result.data.acceptInvitation.token);
      navigate('/', { replace: true });
      return;
    }
    const errorKind = errorCode(result.error);
    if (wrongPassword(result.error)) {
      setMode('existing');
      setRefused(true);
      return;
    }
    if (errorKind === 'NOT_FOUND') {
      setFailure(t('invite.errors.NOT_FOUND'));
      return;
    }
    if (errorKind === 'BAD_USER_INPUT') {
      setFailure(
        showServerProblems(form, result.error, SERVER_FIELDS, problemText, () => t('errors.BAD_USER_INPUT')),
      );
      return;
    }
    setFailure(errorText(result.error));
  };

  return (
    <AuthLayout
      title={t('invite.title')}
      subtitle={t('invite.subtitle')}
      footer={<RouterLink to="/login">{t('invite.backToLogin')}</RouterLink>}
    >
      {failure ? (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 20 }} role="alert" />
      ) : current ? (
        <Alert
          type="info"
          showIcon
          title={mode === 'existing' ? t('accounts.inviteSignedIn') : t('invite.signedIn')}
          action={
            mode === 'existing' ? (
              <Button size="small" onClick={() => navigate('/')}>
                {t('accounts.inviteGoHome')}
              </Button>
            ) : undefined
          }
          style={{ marginBottom: 20 }}
        />
      ) : null}
      <Segmented<Mode>
        block
        value={mode}
        onChange={(next) => {
          setMode(next);
          setRefused(false);
        }}
        options={[
          { value: 'new', label: t('accounts.inviteNewAccount') },
          { value: 'existing', label: t('accounts.inviteExistingAccount') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {mode === 'existing' ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {t('accounts.inviteExistingHint')}
        </Typography.Paragraph>
      ) : null}
      <Form<InviteValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        size="large"
        disabled={fetching}
        initialValues={{ token: code }}
      >
        <Form.Item
          name="token"
          label={t('invite.code')}
          rules={[{ required: true, whitespace: true, message: t('invite.codeRequired') }]}
        >
          <Input
            prefix={<SafetyCertificateOutlined />}
            placeholder={t('invite.codePlaceholder')}
            autoComplete="one-time-code"
            spellCheck={false}
            autoFocus={!code}
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item
            name="password"
            label={t('accounts.existingPassword')}
            rules={[{ required: true, message: t('accounts.existingPasswordRequired') }]}
            {...(refused ? { validateStatus: 'error' as const, help: t('accounts.wrongPassword') } : {})}
          >
            <Input.Password
              onChange={() => setRefused(false)}
              prefix={<LockOutlined />}
              autoComplete="current-password"
              autoFocus={Boolean(code)}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item
              name="password"
              label={t('invite.password')}
              rules={[
                { required: true, message: t('invite.passwordRequired') },
                { min: MIN_PASSWORD, message: t('invite.passwordShort', { min: MIN_PASSWORD }) },
                { max: MAX_PASSWORD, message: t('invite.passwordLong', { max: MAX_PASSWORD }) },
              ]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('invite.passwordPlaceholder', { min: MIN_PASSWORD })}
                autoComplete="new-password"
                autoFocus={Boolean(code)}
              />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t('invite.confirm')}
              dependencies={['password']}
              rules={[
                { required: true, message: t('invite.confirmRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    !value || value === getFieldValue('password')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('invite.mismatch'))),
                }),
              ]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('invite.confirmPlaceholder')}
                autoComplete="new-password"
              />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" block loading={fetching} style={{ marginTop: 8 }}>
          {mode === 'existing' ? t('accounts.existingSubmit') : t('invite.submit')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
