import type { LeadResponse } from '@loved/shared';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from '@/components/ui/card';
import { DeleteLeadDialog } from '@/features/leads/components/delete-lead-dialog';
import { LeadDetailFields } from '@/features/leads/components/lead-page/lead-detail-fields';
import type { AssigneeOption } from '@/features/leads/types/lead-form';
import { useTranslation } from '@/lib/i18n/use-translation';
import { selectCurrentMembership, useSessionStore } from '@/stores/session.store';

export type LeadEditorProps = {
  lead: LeadResponse;
  assignees: AssigneeOption[];
  canDelete: boolean;
  onDeleted: () => void;
};

/**
 * "Dados do lead": the fields read as text, each edited in place and saved on its own with
 * the version it was read at (no long form to fill and save at once), and deleting the lead.
 */
export function LeadEditor({
  lead,
  assignees,
  canDelete,
  onDeleted,
}: LeadEditorProps): React.JSX.Element {
  const { t } = useTranslation();
  const role = useSessionStore((state) => selectCurrentMembership(state)?.role);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);

  return (
    <Card role="region" aria-labelledby="lead-editor-title">
      <CardHeader>
        <CardTitle id="lead-editor-title">{t('lead.details.title')}</CardTitle>
      </CardHeader>
      <CardContent>
        <LeadDetailFields
          lead={lead}
          assignees={assignees}
          canAssign={role === 'admin' || role === 'manager'}
        />
      </CardContent>
      {canDelete ? (
        <CardFooter>
          <Button
            type="button"
            variant="ghost"
            className="text-destructive hover:bg-destructive-soft hover:text-destructive"
            onClick={() => setIsDeleteOpen(true)}
          >
            <Trash2 aria-hidden="true" />
            {t('lead.details.delete')}
          </Button>
        </CardFooter>
      ) : null}
      <DeleteLeadDialog
        lead={lead}
        open={isDeleteOpen}
        onOpenChange={setIsDeleteOpen}
        onDeleted={onDeleted}
      />
    </Card>
  );
}
