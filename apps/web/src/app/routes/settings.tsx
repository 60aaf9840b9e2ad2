import { Settings } from 'lucide-react';
import { ComingSoon } from '@/components/coming-soon';
import { PageHeader } from '@/components/page-header';

export function SettingsRoute(): React.JSX.Element {
  return (
    <>
      <PageHeader
        title="Configurações"
        description="Dados da organização, equipe e integrações de canais."
      />
      <ComingSoon icon={Settings} title="As configurações estão a caminho">
        Em breve você poderá gerenciar sua organização, convidar a equipe e conectar WhatsApp,
        telefone e e-mail.
      </ComingSoon>
    </>
  );
}
