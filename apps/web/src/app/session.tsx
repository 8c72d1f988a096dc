import { type AppAbility, defineAbilityFor } from '@anju/domain';
import { AbilityProvider } from '@casl/react';
import { createContext, type ReactNode, use, useMemo } from 'react';
import { type CombinedError, useQuery } from 'urql';
import type { CurrentCompanyQuery, MeQuery } from '../gql/graphql';
import { actorFrom } from './actor';
import { useAuth } from './auth';
import { CurrentCompanyQuery as CompanyDoc, MeQuery as MeDoc } from './session.graphql';

export interface Session {
  me: MeQuery['me'];
  /** Null for a platform admin, who works above all companies. */
  company: CurrentCompanyQuery['company'] | null;
  ability: AppAbility;
}

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'loading' }
  | { status: 'error'; error: CombinedError; retry(): void }
  | { status: 'ready'; session: Session };

const SessionContext = createContext<SessionState>({ status: 'anonymous' });

export function useSessionState(): SessionState {
  return use(SessionContext);
}

/** The signed-in session; only for components rendered behind RequireAuth. */
export function useSession(): Session {
  const state = use(SessionContext);
  if (state.status !== 'ready') throw new Error('useSession before the session is ready');
  return state.session;
}

const anonymousAbility = defineAbilityFor(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const { token } = useAuth();
  const [me, reexecuteMe] = useQuery({ query: MeDoc, pause: !token });
  const needsCompany = Boolean(me.data && me.data.me.memberships.length > 0);
  const [company, reexecuteCompany] = useQuery({ query: CompanyDoc, pause: !needsCompany });

  const state = useMemo<SessionState>(() => {
    if (!token) return { status: 'anonymous' };
    const error = me.error ?? (needsCompany ? company.error : undefined);
    if (error) {
      const retry = () => {
        reexecuteMe({ requestPolicy: 'network-only' });
        if (needsCompany) reexecuteCompany({ requestPolicy: 'network-only' });
      };
      return { status: 'error', error, retry };
    }
    if (!me.data || (needsCompany && !company.data)) return { status: 'loading' };
    const companyRow = company.data?.company ?? null;
    const ability = defineAbilityFor(actorFrom(me.data.me, companyRow?.id ?? null));
    return { status: 'ready', session: { me: me.data.me, company: companyRow, ability } };
  }, [token, me.data, me.error, company.data, company.error, needsCompany, reexecuteMe, reexecuteCompany]);

  const ability = state.status === 'ready' ? state.session.ability : anonymousAbility;
  return (
    <SessionContext value={state}>
      <AbilityProvider value={ability}>{children}</AbilityProvider>
    </SessionContext>
  );
}
