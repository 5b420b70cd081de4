import { useState } from 'react';

/** The composer's text and mode; kept per ticket for the session, so switching tickets loses nothing. */
export interface Draft {
  text: string;
  internal: boolean;
  setText: (text: string) => void;
  setInternal: (internal: boolean) => void;
  /** Adds text (a canned response, an article's answer) after what is already written. */
  insert: (text: string) => void;
}

const saved = new Map<number, { text: string; internal: boolean }>();

export function useDraft(ticketId: number): Draft {
  const [state, setState] = useState({ ticketId, ...(saved.get(ticketId) ?? { text: '', internal: false }) });
  // Another ticket: take up its own draft (the component may stay mounted while the route changes).
  const current = state.ticketId === ticketId ? state : { ticketId, ...(saved.get(ticketId) ?? { text: '', internal: false }) };
  if (current !== state) setState(current);
  const update = (change: Partial<{ text: string; internal: boolean }>) =>
    setState((old) => {
      const next = { ...(old.ticketId === ticketId ? old : current), ...change, ticketId };
      saved.set(ticketId, { text: next.text, internal: next.internal });
      return next;
    });
  return {
    text: current.text,
    internal: current.internal,
    setText: (text) => update({ text }),
    setInternal: (internal) => update({ internal }),
    insert: (text) => update({ text: current.text.trim() ? `${current.text.trimEnd()}\n\n${text}` : text }),
  };
}
