import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** Indonesian first, English second (the console's switch). */
export type Language = 'id' | 'en';
/** A feature's own texts: every key in both languages, so that a missing translation fails to compile. */
export type Messages<K extends string> = Record<Language, Record<K, string>>;

const STORAGE_KEY = 'sapa.language';
const LanguageContext = createContext<{ language: Language; setLanguage: (l: Language) => void }>({ language: 'id', setLanguage: () => undefined });

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'));
  const value = useMemo(() => ({
    language,
    setLanguage: (l: Language) => {
      localStorage.setItem(STORAGE_KEY, l);
      document.documentElement.lang = l;
      setState(l);
    },
  }), [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export const useLanguage = () => useContext(LanguageContext);

/** `const t = useT(messages); t('save')`, with `{name}` placeholders filled from vars. */
export function useT<K extends string>(messages: Messages<K>) {
  const { language } = useLanguage();
  return (key: K, vars: Record<string, string | number> = {}): string =>
    messages[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
