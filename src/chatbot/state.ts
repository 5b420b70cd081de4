/** A conversation's state between messages (stored as jsonb in chatbot_sessions.state). */
import type { RegionMatcher } from '../directory/region-matcher.ts';
import type { ChatbotFlow } from './flow.ts';
import type { RegionChoice, Registration } from './registration.ts';
import type { BotReply } from './replies.ts';

export type Step = 'registration' | 'confirm' | 'menu';

export interface SessionState {
  step: Step;
  registration: Registration;
  /** Offered when the typed region named several places. */
  regionChoices?: RegionChoice[];
  /** The menu on screen; null is the main menu. */
  menuId: string | null;
  /** The most specific topic on the menu path last taken. */
  topic?: string;
}

/** What Sapa already knows of a returning contact. */
export interface Known {
  name?: string;
  regionCode?: string;
  institution?: string;
  email?: string;
}

/** The conversation goes to a human: everything the agent's ticket needs. */
export interface Handoff {
  name: string;
  regionCode: string;
  institution: string;
  email: string;
  question: string;
  /** Titles of the menu items chosen in the session, in order. */
  menuPath: string[];
  topic?: string;
}

export interface TurnInput {
  text: string;
  /** An interactive reply's id (list row or button). */
  choiceId?: string | undefined;
}

export interface TurnContext {
  flow: ChatbotFlow;
  matcher: RegionMatcher;
  /** Titles chosen earlier in the session. */
  menuPath: readonly string[];
}

/** One step's outcome; the engine stores it on the session. */
export interface Turn {
  state: SessionState;
  replies: BotReply[];
  /** Titles of the items chosen in this step, appended to the session's menu path. */
  chosen: string[];
  /** The report label of the top-level item under the node chosen in this step. */
  topLevel?: string;
  end?: 'handoff' | 'completed';
  handoff?: Handoff;
  /** The chosen node answers from this knowledge-base article: the engine sends its text first. */
  article?: { id: number; fallback?: string | undefined };
}

export const initialState = (): SessionState => ({ step: 'registration', registration: {}, menuId: null });

/** The stored state, or a fresh one when it is missing or from an unknown shape. */
export function readState(value: unknown): SessionState {
  if (typeof value !== 'object' || value === null) return initialState();
  const state = value as Partial<SessionState>;
  if (state.step !== 'registration' && state.step !== 'confirm' && state.step !== 'menu') return initialState();
  return { ...initialState(), ...state };
}
