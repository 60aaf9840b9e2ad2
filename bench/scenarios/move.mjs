// Drag and drop: random leads into random columns (right after a random card that the bench
// never moves, so the neighbour is always in that column), and every connection moving leads
// to the top of one column at once (the case that lengthens keys and triggers rebalances),
// and both mixed.
// Answers are split: 409 (stale version: a counted outcome of optimistic locking) vs 5xx.
import { STAGES } from '../seed/generate-leads.mjs';
import { moveLead } from '../sql/move.mjs';

const pick = (list) => list[Math.floor(Math.random() * list.length)];

function moveRequest(env, choose) {
  return {
    method: 'POST',
    setupRequest(req, context) {
      const move = choose();
      context.leadId = move.leadId;
      const body = { stage: move.stage, ...(move.afterId ? { after_id: move.afterId } : {}) };
      // Today's MoveLeadDto has no `version`; when it gets one, send the last one seen.
      if (env.moveBodyHasVersion) body.version = env.versions.get(move.leadId) ?? 1;
      return {
        ...req,
        path: `/api/v1/leads/${move.leadId}/move`,
        headers: { ...req.headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      };
    },
    onResponse(status, body, context) {
      if (!env.moveBodyHasVersion) return;
      try {
        const json = JSON.parse(body);
        const version = json.version ?? json.current?.version ?? json.details?.current?.version;
        if (typeof version === 'number') env.versions.set(context.leadId, version);
      } catch {
        // not JSON: nothing to learn
      }
    },
  };
}

export function moveCases(env) {
  const randomMove = () => {
    const stage = pick(STAGES);
    return { leadId: pick(env.movers), stage, afterId: pick(env.anchorsByStage[stage]) };
  };
  const topMove = () => ({ leadId: pick(env.movers), stage: 'lead' });
  return [
    {
      scenario: 'move',
      key: 'move-random',
      label: '`POST /leads/:id/move`, random leads and columns',
      mutates: true,
      request: () => moveRequest(env, randomMove),
      sql: (client) => moveLead(client, env, randomMove()),
    },
    {
      scenario: 'move',
      key: 'move-top',
      label: '`POST /leads/:id/move`, all to the top of one column',
      mutates: true,
      request: () => moveRequest(env, topMove),
      sql: (client) => moveLead(client, env, topMove()),
    },
    {
      // Half to the top of one column (rebalances), half anywhere: a rebalance rewriting a
      // column while other moves land in it is where duplicate-key 500s come from.
      scenario: 'move',
      key: 'move-mixed',
      label: '`POST /leads/:id/move`, half to one top, half random',
      mutates: true,
      request: () => moveRequest(env, () => (Math.random() < 0.5 ? topMove() : randomMove())),
      sql: (client) => moveLead(client, env, Math.random() < 0.5 ? topMove() : randomMove()),
    },
  ];
}
