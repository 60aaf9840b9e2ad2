// Leads over the five stages (with valid unique positions), their `created`, `assigned` and
// `stage_changed` events. Lead 0 of org 0 is the "hot" lead that gets `--hot` messages.
import { ANCHOR_MS, DAY_MS } from './generate-identity.mjs';
import { columnPositions } from './lead-positions.mjs';
import {
  AREA_CODES,
  COMPANY_SUFFIXES,
  COMPANY_TYPES,
  COMPANY_WORDS,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  asciiSlug,
} from './names.mjs';
import { weightedSampler } from './prng.mjs';
import { textArray } from './copy-rows.mjs';

export const STAGES = ['lead', 'contato', 'proposta', 'negociacao', 'fechado'];
const STAGE_WEIGHTS = [35, 25, 18, 12, 10];
const TAGS = [
  'vip',
  'indicação',
  'site',
  'evento',
  'retorno',
  'urgente',
  'b2b',
  'b2c',
  'instagram',
];
const SOURCES = ['site', 'indicação', 'whatsapp', 'instagram', 'evento', 'google', null, null];

export const LEAD_COLUMNS = [
  'organization_id',
  'id',
  'name',
  'email',
  'phone',
  'phone_match_key',
  'stage',
  'position',
  'source',
  'estimated_value_cents',
  'tags',
  'assigned_user_id',
  'priority',
  'outcome',
  'lost_reason',
  'created_by_user_id',
  'created_at',
  'updated_at',
  'closed_at',
];
export const EVENT_COLUMNS = [
  'organization_id',
  'id',
  'lead_id',
  'type',
  'actor_user_id',
  'from_value',
  'to_value',
  'created_at',
];

function personOrCompany(random, index) {
  if (random.chance(0.25)) {
    const name = `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_SUFFIXES)} ${random.pick(COMPANY_TYPES)}`;
    return {
      name,
      firstName: name.split(' ')[0],
      email: `contato${index}@${asciiSlug(name)}.com.br`,
    };
  }
  const first = random.pick(FIRST_NAMES);
  const last = random.chance(0.4)
    ? `${random.pick(LAST_NAMES)} ${random.pick(LAST_NAMES)}`
    : random.pick(LAST_NAMES);
  const email = `${asciiSlug(`${first} ${last}`)}${index}@${random.pick(EMAIL_DOMAINS)}`;
  return { name: `${first} ${last}`, firstName: first, email };
}

/** A Brazilian mobile in E.164 and its match key (the same number without the ninth digit). */
function mobile(random) {
  const area = random.pick(AREA_CODES);
  const subscriber = String(random.int(60_000_000, 99_999_999));
  return { phone: `+55${area}9${subscriber}`, matchKey: `+55${area}${subscriber}` };
}

/**
 * The leads of one organisation, as objects: what the message generator needs. Their rows are
 * built later (`leadRows`), once the messages are known, so that no lead starts after its
 * first message.
 */
export function generateLeads(random, org, size) {
  const stageOf = weightedSampler(STAGE_WEIGHTS, random);
  const owners = org.users.filter((u) => u.role !== 'admin');
  const leads = [];
  for (let i = 0; i < size.leads; i += 1) {
    const hot = size.hot > 0 && i === 0;
    const person = personOrCompany(random, i);
    const phone = random.chance(0.85) ? mobile(random) : null;
    const stage = hot ? 'negociacao' : STAGES[stageOf()];
    const createdMs = hot
      ? ANCHOR_MS - 730 * DAY_MS
      : ANCHOR_MS - Math.floor(random.next() * 730 * DAY_MS);
    leads.push({
      id: random.uuid(),
      ...person,
      phone,
      stage,
      createdMs,
      assignee: random.chance(0.85) ? random.pick(owners) : null,
      hot,
      firstMessageMs: Infinity,
    });
  }
  return leads;
}

/** Rows of `leads` (positions per column) and their `created`/`assigned`/`stage_changed` events. */
export function leadRows(random, org, leads) {
  const admin = org.users[0];
  const rows = [];
  const events = [];
  for (const stage of STAGES) {
    const column = leads.filter((lead) => lead.stage === stage);
    const positions = columnPositions(column.length);
    column.forEach((lead, i) => {
      const creator = lead.assignee ?? admin;
      // A conversation may have begun before the lead was "created": move the creation back.
      if (lead.firstMessageMs < lead.createdMs)
        lead.createdMs = lead.firstMessageMs - random.int(60_000, 30 * DAY_MS);
      const stageIndex = STAGES.indexOf(stage);
      // Events: created in `lead`, assigned, then one stage change per column moved through.
      const span = lead.hot ? 700 * DAY_MS : Math.min(120 * DAY_MS, ANCHOR_MS - lead.createdMs);
      let at = lead.createdMs;
      const event = (type, from, to) =>
        events.push([
          org.id,
          random.uuid(),
          lead.id,
          type,
          creator.id,
          from,
          to,
          new Date(at).toISOString(),
        ]);
      event('created', null, 'lead');
      if (lead.assignee) {
        at += 60_000;
        event('assigned', null, lead.assignee.id);
      }
      for (let s = 1; s <= stageIndex; s += 1) {
        at += Math.floor((span / (stageIndex + 1)) * random.next()) + 1000;
        event('stage_changed', STAGES[s - 1], STAGES[s]);
      }
      const outcome = stage === 'fechado' ? random.pick(['won', 'won', 'lost', null]) : null;
      rows.push([
        org.id,
        lead.id,
        lead.name,
        lead.email,
        lead.phone?.phone ?? null,
        lead.phone?.matchKey ?? null,
        stage,
        positions[i],
        random.pick(SOURCES),
        random.chance(0.7) ? Math.round(random.logNormal(500_000, 1.1)) : null,
        textArray([...new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(TAGS)))]),
        lead.assignee?.id ?? null,
        random.pick(['low', 'medium', 'medium', 'medium', 'high']),
        outcome,
        outcome === 'lost'
          ? random.pick(['preço', 'concorrente', 'sem retorno', 'sem orçamento'])
          : null,
        creator.id,
        new Date(lead.createdMs).toISOString(),
        new Date(at).toISOString(),
        // A result is set with the last move: that is when the deal closed.
        outcome ? new Date(at).toISOString() : null,
      ]);
    });
  }
  return { rows, events };
}
