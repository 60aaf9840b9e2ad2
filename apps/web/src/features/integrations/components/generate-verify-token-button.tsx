import { Wand } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { generateVerifyToken } from '@/features/integrations/utils/verify-token';
import { useTranslation } from '@/lib/i18n/use-translation';

export type GenerateVerifyTokenButtonProps = {
  onGenerate: (token: string) => void;
};

/** Fills in a random verify token, so the admin need not invent one for Meta. */
export function GenerateVerifyTokenButton({
  onGenerate,
}: GenerateVerifyTokenButtonProps): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <Button
      variant="outline"
      size="icon"
      aria-label={t('integrations.whatsapp.form.generateVerifyToken')}
      title={t('integrations.whatsapp.form.generateVerifyToken')}
      onClick={() => onGenerate(generateVerifyToken())}
    >
      <Wand aria-hidden="true" />
    </Button>
  );
}
