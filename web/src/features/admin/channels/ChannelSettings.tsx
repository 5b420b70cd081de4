import { SimpleGrid, Stack } from '@mantine/core';
import type { PageProps } from '../../../app/pages.tsx';
import { AssignmentCard } from './AssignmentCard.tsx';
import { BookingRulesCard } from './BookingRulesCard.tsx';
import { EnvironmentCard } from './EnvironmentCard.tsx';
import { ExtensionsCard } from './ExtensionsCard.tsx';
import { SurveyCard } from './SurveyCard.tsx';
import { TemplatesCard } from './TemplatesCard.tsx';

/** /admin/channels: what the server lets staff change per channel, and the environment's settings read-only. */
export function ChannelSettings({ me }: PageProps) {
  const isAdmin = me.role === 'admin';
  // Supervisors may change assignment, templates and booking rules (the server says so); the rest is admin only.
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Stack gap="xl">
          <AssignmentCard editable />
          <SurveyCard editable={isAdmin} />
          <ExtensionsCard editable={isAdmin} />
        </Stack>
        <BookingRulesCard editable />
      </SimpleGrid>
      <TemplatesCard editable />
      <EnvironmentCard />
    </Stack>
  );
}
