import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { ApiError } from '../../lib/api.ts';
import { useSessionActions } from '../../lib/session.ts';
import { useT, type Messages } from '../../lib/i18n.tsx';

const messages: Messages<'title' | 'username' | 'password' | 'submit' | 'wrong' | 'tooMany' | 'failed'> = {
  id: { title: 'Masuk ke Sapa', username: 'Nama pengguna', password: 'Kata sandi', submit: 'Masuk', wrong: 'Nama pengguna atau kata sandi salah.', tooMany: 'Terlalu banyak percobaan. Coba lagi sebentar lagi.', failed: 'Gagal masuk: {message}' },
  en: { title: 'Sign in to Sapa', username: 'Username', password: 'Password', submit: 'Sign in', wrong: 'Wrong username or password.', tooMany: 'Too many attempts. Try again shortly.', failed: 'Sign-in failed: {message}' },
};

export function LoginPage() {
  const t = useT(messages);
  const { login } = useSessionActions();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setError(t('wrong'));
      else if (e instanceof ApiError && e.status === 429) setError(t('tooMany'));
      else setError(t('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center h="100vh" bg="gray.1">
      <Paper component="main" withBorder shadow="sm" p="xl" w={360}>
        <form onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
          <Stack>
            <Title order={1} size="h3" id="login-title">{t('title')}</Title>
            <Text size="sm" c="dimmed">Contact Center DJPK</Text>
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <TextInput label={t('username')} name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoFocus />
            <PasswordInput label={t('password')} name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={busy}>{t('submit')}</Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
