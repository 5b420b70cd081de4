/** A tiny element builder: text always goes in as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

/** A link that opens outside the host page, without giving it a handle on ours. */
export const externalLink = (href: string, text: string): HTMLAnchorElement => el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
