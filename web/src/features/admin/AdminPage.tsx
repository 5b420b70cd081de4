import { Stack, Tabs, Title } from '@mantine/core';
import { IconAddressBook, IconBuildingCommunity, IconClockHour4, IconFileImport, IconHistory, IconKey, IconMessageChatbot, IconPlugConnected, IconTags } from '@tabler/icons-react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { PageProps } from '../../app/pages.tsx';
import { useT } from '../../lib/i18n.tsx';
import { adminMessages } from './messages.ts';
import { UsersSection } from './users/UsersSection.tsx';
import { TokensSection } from './tokens/TokensSection.tsx';
import { TeamsAndUnits } from './directory/TeamsAndUnits.tsx';
import { TopicsAndCategories } from './directory/TopicsAndCategories.tsx';
import { HoursAndHolidays } from './calendar/HoursAndHolidays.tsx';
import { ChannelSettings } from './channels/ChannelSettings.tsx';
import { AuditSection } from './audit/AuditSection.tsx';
import { ChatbotAdminPage } from './chatbot/ChatbotAdminPage.tsx';
import { ImportsAdminPage } from './imports/ImportsAdminPage.tsx';

const SECTIONS = [
  { path: 'users', label: 'tabUsers', Icon: IconAddressBook },
  { path: 'tokens', label: 'tabTokens', Icon: IconKey },
  { path: 'teams', label: 'tabTeams', Icon: IconBuildingCommunity },
  { path: 'topics', label: 'tabTopics', Icon: IconTags },
  { path: 'hours', label: 'tabHours', Icon: IconClockHour4 },
  { path: 'channels', label: 'tabChannels', Icon: IconPlugConnected },
  { path: 'audit', label: 'tabAudit', Icon: IconHistory, adminOnly: true },
  { path: 'chatbot', label: 'tabChatbot', Icon: IconMessageChatbot },
  { path: 'imports', label: 'tabImports', Icon: IconFileImport },
] as const;

/** /admin: users, tokens, reference data, calendar, channels, audit, chatbot menu and imports (admins change, supervisors mostly read). */
export function AdminPage({ me }: PageProps) {
  const t = useT(adminMessages);
  const navigate = useNavigate();
  const location = useLocation();
  const current = location.pathname.split('/')[2] ?? 'users';
  const isAdmin = me.role === 'admin';
  const sections = SECTIONS.filter((s) => !('adminOnly' in s) || isAdmin);
  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      <Tabs value={current} onChange={(value) => value && void navigate(`/admin/${value}`)} keepMounted={false}>
        <Tabs.List aria-label={t('nav')}>
          {sections.map((s) => (
            <Tabs.Tab key={s.path} value={s.path} leftSection={<s.Icon size={16} aria-hidden />}>{t(s.label)}</Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<Navigate to="users" replace />} />
        <Route path="users" element={<UsersSection me={me} />} />
        <Route path="tokens" element={<TokensSection me={me} />} />
        <Route path="teams" element={<TeamsAndUnits me={me} />} />
        <Route path="topics" element={<TopicsAndCategories me={me} />} />
        <Route path="hours" element={<HoursAndHolidays me={me} />} />
        <Route path="channels" element={<ChannelSettings me={me} />} />
        <Route path="audit" element={isAdmin ? <AuditSection /> : <p role="alert">{t('adminOnly')}</p>} />
        <Route path="chatbot/*" element={<ChatbotAdminPage me={me} />} />
        <Route path="imports/*" element={<ImportsAdminPage me={me} />} />
      </Routes>
    </Stack>
  );
}
