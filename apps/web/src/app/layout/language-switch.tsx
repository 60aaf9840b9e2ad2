import { Languages } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { useTranslation } from '@/lib/i18n/use-translation';

export type LanguageSwitchProps = {
  className?: string;
};

/** Toggles Portuguese ↔ English; the choice is kept in localStorage. */
export function LanguageSwitch({ className }: LanguageSwitchProps): React.JSX.Element {
  const { t, language, setLanguage } = useTranslation();
  const next = language === 'pt-BR' ? 'en' : 'pt-BR';

  return (
    <Button
      variant="ghost"
      size="sm"
      className={className}
      aria-label={t('language.switchTo', { language: t(`language.names.${next}`) })}
      title={t('language.switchTo', { language: t(`language.names.${next}`) })}
      onClick={() => setLanguage(next)}
    >
      <Languages aria-hidden="true" />
      <span aria-hidden="true">{t(`language.short.${next}`)}</span>
    </Button>
  );
}
