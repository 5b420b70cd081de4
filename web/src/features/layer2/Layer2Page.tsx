import { Route, Routes, useParams } from 'react-router';
import type { PageProps } from '../../app/pages.tsx';
import { useT } from '../../lib/i18n.tsx';
import { isTicketEvent, useLiveInvalidate } from '../../lib/live.ts';
import type { Me } from '../../lib/session.ts';
import { layer2Messages, type Layer2T } from './messages.ts';
import { Layer2List, QUEUE_KEY, SCORES_KEY } from './Layer2List.tsx';
import { Layer2Ticket } from './Layer2Ticket.tsx';

/** /l2: the team's escalations and its score; /l2/:ticketId: one escalated ticket to answer. */
export function Layer2Page({ me }: PageProps) {
  const t = useT(layer2Messages);
  // An escalation made, answered or changed anywhere: the list and the score follow.
  useLiveInvalidate([[QUEUE_KEY], [SCORES_KEY], ['ticket']], (e) => isTicketEvent(e) && (e.type.startsWith('escalation.') || e.type === 'ticket.updated'));
  return (
    <Routes>
      <Route index element={<Layer2List me={me} t={t} />} />
      <Route path=":ticketId" element={<TicketRoute me={me} t={t} />} />
    </Routes>
  );
}

function TicketRoute({ me, t }: { me: Me; t: Layer2T }) {
  const { ticketId } = useParams();
  const id = Number(ticketId);
  if (!Number.isInteger(id) || id <= 0) return <p role="alert">{t('error', { message: String(ticketId) })}</p>;
  return <Layer2Ticket key={id} ticketId={id} me={me} t={t} />;
}
