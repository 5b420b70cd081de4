import { useEffect, useRef } from 'react';

const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
};

/**
 * Inbox keys anywhere on the page, except while typing: "/" focuses the search, j and k move
 * the list's cursor (the list itself also takes arrows, Home, End and Enter).
 */
export function useInboxKeys(handlers: { focusSearch: () => void; move: (by: number) => void }): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === '/') {
        event.preventDefault();
        latest.current.focusSearch();
      } else if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        latest.current.move(event.key === 'j' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
