import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const LANGUAGES = ['pt-BR', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'pt-BR';

type LanguageState = {
  language: Language;
  setLanguage: (language: Language) => void;
};

/** The interface language, Portuguese unless the user picked English; kept across visits. */
export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      language: DEFAULT_LANGUAGE,
      setLanguage: (language) => set({ language }),
    }),
    { name: 'loved-crm.language', storage: createJSONStorage(() => localStorage) },
  ),
);

// `<html lang>` follows the interface language, for screen readers and hyphenation.
if (typeof document !== 'undefined') {
  document.documentElement.lang = useLanguageStore.getState().language;
  useLanguageStore.subscribe((state) => {
    document.documentElement.lang = state.language;
  });
}
