import { ArrowLeft, SearchX } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

export function NotFoundRoute(): React.JSX.Element {
  return (
    <div className="flex flex-col items-center gap-4 py-16 text-center">
      <span className="grid size-12 place-items-center rounded-xl bg-muted text-muted-foreground">
        <SearchX aria-hidden="true" className="size-6" />
      </span>
      <p className="text-sm font-medium text-brand">Erro 404</p>
      <h1 className="text-2xl font-semibold tracking-tight md:text-3xl">Página não encontrada</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        O endereço que você abriu não existe ou foi movido. Confira o link ou volte ao início.
      </p>
      <Button asChild className="mt-2">
        <Link to={paths.home}>
          <ArrowLeft aria-hidden="true" />
          Voltar ao Painel
        </Link>
      </Button>
    </div>
  );
}
