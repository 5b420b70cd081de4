import { Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import { Navigate, Route, Routes } from 'react-router';
import { useMe, canSee, type Me, type Role } from '../lib/session.ts';
import { useT } from '../lib/i18n.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { Shell } from './Shell.tsx';
import { shellMessages } from './messages.ts';
import { PAGES } from './pages.tsx';

/** Where each role starts. */
const homeOf = (role: Role): string => (role === 'l2' ? '/l2' : '/inbox');

export function App() {
  const me = useMe();
  const t = useT(shellMessages);
  if (me.isPending) return <Center h="100vh"><Loader aria-label={t('loading')} /></Center>;
  if (!me.data) return <LoginPage />;
  return <SignedIn me={me.data} />;
}

function SignedIn({ me }: { me: Me }) {
  const t = useT(shellMessages);
  return (
    <Shell me={me}>
      <Suspense fallback={<Center p="xl"><Loader aria-label={t('loading')} /></Center>}>
        <Routes>
          <Route path="/" element={<Navigate to={homeOf(me.role)} replace />} />
          {PAGES.map((page) => (
            <Route key={page.path} path={`${page.path}/*`} element={canSee[page.area](me.role) ? <page.Component me={me} /> : <p role="alert">{t('forbidden')}</p>} />
          ))}
          <Route path="*" element={<p role="alert">{t('notFound')}</p>} />
        </Routes>
      </Suspense>
    </Shell>
  );
}
