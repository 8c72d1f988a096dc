import { RouterProvider } from 'react-router';
import { AuthProvider, useAuth } from './auth';
import { LocaleProvider } from './locale';
import { router } from './router';
import { SessionProvider } from './session';

function SessionScope() {
  const { token } = useAuth();
  // A new token starts a fresh session tree: nothing of the previous user's state survives.
  return (
    <SessionProvider key={token ?? 'anonymous'}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}

export function App() {
  return (
    <LocaleProvider>
      <AuthProvider>
        <SessionScope />
      </AuthProvider>
    </LocaleProvider>
  );
}
