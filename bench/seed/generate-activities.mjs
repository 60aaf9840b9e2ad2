// Activities (issue 17): ~2.5 per lead, due between the lead's creation and 30 days after the
// anchor; most past ones done (a few minutes to two days after due), some left open and
// overdue, the future ones open. Assigned like their lead (or to a random member when the lead
// has no owner, now and then to no one). Drawn from their own random stream, so adding them
// leaves every other generated row as it was.
import { ANCHOR_MS, DAY_MS } from './generate-identity.mjs';

export const ACTIVITY_COLUMNS = [
  'organization_id',
  'id',
  'lead_id',
  'type',
  'subject',
  'due_at',
  'assigned_user_id',
  'done_at',
  'done_by_user_id',
  'created_by_user_id',
  'created_at',
  'updated_at',
];

const TYPES = ['call', 'meeting', 'whatsapp', 'email', 'task'];
const SUBJECTS = {
  call: 'Ligar para o cliente',
  meeting: 'Reunião de apresentação',
  whatsapp: 'Mandar proposta no WhatsApp',
  email: 'Enviar contrato por e-mail',
  task: 'Preparar orçamento',
};

export function generateActivities(random, org, leads) {
  const members = org.users.filter((u) => u.role !== 'admin');
  const rows = [];
  for (const lead of leads) {
    const count = random.int(0, 5);
    for (let i = 0; i < count; i += 1) {
      const span = ANCHOR_MS + 30 * DAY_MS - lead.createdMs;
      const dueMs = lead.createdMs + Math.floor(random.next() * span);
      const assignee = lead.assignee ?? (random.chance(0.9) ? random.pick(members) : null);
      const done = dueMs < ANCHOR_MS && random.chance(0.85);
      const doneMs = done
        ? Math.min(ANCHOR_MS, dueMs + random.int(-2 * 3_600_000, 2 * DAY_MS))
        : null;
      const type = random.pick(TYPES);
      const createdMs = Math.max(lead.createdMs, dueMs - random.int(3_600_000, 10 * DAY_MS));
      rows.push([
        org.id,
        random.uuid(),
        lead.id,
        type,
        SUBJECTS[type],
        new Date(dueMs).toISOString(),
        assignee?.id ?? null,
        doneMs === null ? null : new Date(doneMs).toISOString(),
        doneMs === null ? null : (assignee?.id ?? null),
        assignee?.id ?? org.users[0].id,
        new Date(createdMs).toISOString(),
        new Date(doneMs ?? createdMs).toISOString(),
      ]);
    }
  }
  return rows;
}
