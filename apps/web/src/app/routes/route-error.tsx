import { TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';

/** Shown when rendering a route throws: says so plainly and offers a way out. */
export function RouteErrorRoute(): React.JSX.Element {
  const handleReload = (): void => {
    window.location.reload();
  };

  return (
    <div role="alert" className="flex flex-col items-center gap-4 px-4 py-16 text-center">
      <span className="grid size-12 place-items-center rounded-xl bg-destructive-soft text-destructive">
        <TriangleAlert aria-hidden="true" className="size-6" />
      </span>
      <h1 className="text-2xl font-semibold tracking-tight">Algo deu errado</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        Não foi possível exibir esta página. Recarregue para tentar de novo; se o problema
        continuar, volte ao Painel.
      </p>
      <div className="flex gap-2">
        <Button onClick={handleReload}>Recarregar</Button>
        <Button variant="outline" asChild>
          <Link to={paths.home}>Voltar ao Painel</Link>
        </Button>
      </div>
    </div>
  );
}
