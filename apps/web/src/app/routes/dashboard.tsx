import { SquareKanban, Settings } from 'lucide-react';
import { PageHeader } from '@/components/page-header';
import { ShortcutCard } from '@/components/shortcut-card';
import { Badge } from '@/components/ui/badge';
import { paths } from '@/config/paths';
import { SystemStatusCard } from '@/features/system-status/components/system-status-card';

export function DashboardRoute(): React.JSX.Element {
  return (
    <>
      <PageHeader
        title="Bem-vindo ao Loved CRM"
        description="Leads, conversas e o pipeline da sua agência em um só lugar. Enquanto os próximos módulos chegam, confira aqui se os serviços estão no ar."
      />
      <div className="grid items-start gap-6 lg:grid-cols-5">
        <SystemStatusCard className="lg:col-span-3" />
        <section aria-labelledby="next-steps-title" className="flex flex-col gap-3 lg:col-span-2">
          <h2 id="next-steps-title" className="text-sm font-medium text-muted-foreground">
            Próximos passos
          </h2>
          <ShortcutCard
            to={paths.pipeline}
            icon={SquareKanban}
            title="Pipeline"
            description="Todos os leads da agência em colunas, etapa por etapa."
            aside={<Badge variant="secondary">Em breve</Badge>}
          />
          <ShortcutCard
            to={paths.settings}
            icon={Settings}
            title="Configurações"
            description="Organização, equipe e integrações com WhatsApp, telefone e e-mail."
            aside={<Badge variant="secondary">Em breve</Badge>}
          />
        </section>
      </div>
    </>
  );
}
