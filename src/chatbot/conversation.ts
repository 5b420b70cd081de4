/** The bot's decisions, free of storage: state and message in, replies and new state out. */
import { menuTurn } from './menu-step.ts';
import { confirmTurn, registrationTurn, startTurn } from './registration-step.ts';
import type { Known, SessionState, Turn, TurnContext, TurnInput } from './state.ts';

export function startConversation(ctx: TurnContext, known: Known | undefined, input: TurnInput): Turn {
  return startTurn(ctx, known, input);
}

export function continueConversation(ctx: TurnContext, state: SessionState, input: TurnInput): Turn {
  switch (state.step) {
    case 'registration':
      return registrationTurn(ctx, state, input);
    case 'confirm':
      return confirmTurn(ctx, state, input);
    case 'menu':
      return menuTurn(ctx, state, input);
  }
}
