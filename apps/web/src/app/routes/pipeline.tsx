import { SquareKanban } from 'lucide-react';
import { ComingSoon } from '@/components/coming-soon';
import { PageHeader } from '@/components/page-header';

export function PipelineRoute(): React.JSX.Element {
  return (
    <>
      <PageHeader
        title="Pipeline"
        description="Acompanhe cada lead pelas etapas do funil de vendas da sua agência."
      />
      <ComingSoon icon={SquareKanban} title="O quadro do pipeline está a caminho">
        Em breve você verá todos os leads em colunas por etapa, poderá arrastá-los de uma etapa para
        outra e abrir a conversa completa de cada um.
      </ComingSoon>
    </>
  );
}
