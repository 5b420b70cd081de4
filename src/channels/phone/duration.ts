/** The longest call Sapa accepts: a whole working day on the line is a typo, not a call. */
export const MAX_CALL_SECONDS = 12 * 3600;

const CLOCK = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/;

/**
 * A call's duration as agents type it: seconds (125 or "125"), "m:ss" ("2:05") or "h:mm:ss"
 * ("1:02:05"). Undefined when it is none of these or longer than MAX_CALL_SECONDS.
 */
export function parseDuration(input: number | string): number | undefined {
  const seconds = typeof input === 'number' ? input : fromText(input.trim());
  if (seconds === undefined || !Number.isInteger(seconds) || seconds < 0 || seconds > MAX_CALL_SECONDS) return undefined;
  return seconds;
}

function fromText(text: string): number | undefined {
  if (/^\d{1,6}$/.test(text)) return Number(text);
  const clock = CLOCK.exec(text);
  if (!clock) return undefined;
  const [, hours, minutes, seconds] = clock;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Whole seconds from one instant to a later one (never negative: PBX clocks can disagree by a second). */
export const secondsBetween = (from: Date, to: Date): number => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** "2:05", "1:02:05": as the console and the draft's placeholder show it. */
export function formatDuration(total: number): string {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
