/**
 * Text width in points for Arial/Helvetica, estimated from a few character classes (slides have
 * no font at hand to measure with; PowerPoint and LibreOffice lay the text out themselves).
 */
const NARROW = new Set([...'iljtfrI.,;:!|\'()[]/ ']);
const WIDE = new Set([...'mwMW@%']);

export function estimateTextWidth(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.85;
    else if (ch >= 'A' && ch <= 'Z') em += 0.67;
    else em += 0.556;
  }
  return em * fontSize * (bold ? 1.06 : 1);
}
