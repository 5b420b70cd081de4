import type { ReactNode } from 'react';
import { AppShell, Burger, Group, NavLink, SegmentedControl, Text, Button, Anchor } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInbox, IconUsersGroup, IconChartBar, IconReport, IconCalendarEvent, IconPhone, IconSettings } from '@tabler/icons-react';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { canSee, useSessionActions, type Me } from '../lib/session.ts';
import { useLanguage, useT } from '../lib/i18n.tsx';
import { shellMessages } from './messages.ts';
import { CallPopup } from '../features/calls/CallPopup.tsx';

const NAV = [
  { to: '/inbox', area: 'inbox', label: 'inbox', Icon: IconInbox },
  { to: '/l2', area: 'layer2', label: 'layer2', Icon: IconUsersGroup },
  { to: '/dashboard', area: 'dashboard', label: 'dashboard', Icon: IconChartBar },
  { to: '/report', area: 'report', label: 'report', Icon: IconReport },
  { to: '/bookings', area: 'bookings', label: 'bookings', Icon: IconCalendarEvent },
  { to: '/calls', area: 'calls', label: 'calls', Icon: IconPhone },
  { to: '/admin', area: 'admin', label: 'admin', Icon: IconSettings },
] as const;

/** The frame around every page: the header (who, language, log out) and the role's navigation. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const [opened, { toggle }] = useDisclosure();
  const t = useT(shellMessages);
  const { language, setLanguage } = useLanguage();
  const { logout } = useSessionActions();
  const location = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <Anchor href="#main" className="skip-link" style={{ position: 'absolute', left: -9999 }} onFocus={(e) => (e.currentTarget.style.left = '8px')} onBlur={(e) => (e.currentTarget.style.left = '-9999px')}>
        {t('skip')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Text fw={700} c="blue.8">Sapa</Text>
            <Text size="sm" c="dimmed" visibleFrom="md">Contact Center DJPK</Text>
          </Group>
          <Group gap="sm">
            <SegmentedControl size="xs" aria-label={t('language')} value={language} onChange={setLanguage} data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]} />
            <Text size="sm" data-testid="current-user">{me.name || me.username} · {me.role}{me.team ? ` (${me.team.code})` : ''}</Text>
            <Button size="xs" variant="default" onClick={() => void logout()}>{t('logout')}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Navigasi">
        {NAV.filter((item) => canSee[item.area](me.role)).map((item) => (
          <NavLink key={item.to} component={RouterLink} to={item.to} label={t(item.label)} leftSection={<item.Icon size={18} aria-hidden />} active={location.pathname.startsWith(item.to)} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">{children}</AppShell.Main>
      {canSee.calls(me.role) && <CallPopup me={me} />}
    </AppShell>
  );
}
