import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent } from '@/components/ui/card';

export type ComingSoonProps = {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
};

/** An honest placeholder for a page whose feature is not built yet. */
export function ComingSoon({ icon: Icon, title, children }: ComingSoonProps): React.JSX.Element {
  return (
    <Card className="border-dashed py-12">
      <CardContent className="flex flex-col items-center gap-4 text-center">
        <span className="grid size-12 place-items-center rounded-xl bg-brand-soft text-brand">
          <Icon aria-hidden="true" className="size-6" />
        </span>
        <Badge variant="secondary">Em breve</Badge>
        <h2 className="text-lg font-semibold">{title}</h2>
        <div className="max-w-md text-sm text-muted-foreground">{children}</div>
      </CardContent>
    </Card>
  );
}
