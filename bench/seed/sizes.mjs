// How big each organisation is: one large agency, the others smaller. Org 0 gets all of
// `--communications`, org k half of org k-1's; the first two get `--leads` leads each, the
// following ones halve too (never below 20), so "many small agencies" stay small.

export const DEFAULT_SIZES = {
  orgs: 2,
  leads: 10_000,
  communications: 1_000_000,
  hot: 50_000,
  seed: 'loved-bench',
};

export function orgSizes({ orgs, leads, communications, hot }) {
  return Array.from({ length: orgs }, (_, k) => {
    const orgLeads = k < 2 ? leads : Math.max(20, Math.floor(leads / 2 ** (k - 1)));
    const orgCommunications = Math.floor(communications / 2 ** k);
    // Users grow with the agency: one admin, two managers and up to 12 agents.
    const agents = Math.max(2, Math.min(12, Math.ceil(orgLeads / 1000)));
    return {
      index: k,
      leads: orgLeads,
      communications: orgCommunications,
      hot: k === 0 ? Math.min(hot, orgCommunications) : 0,
      agents,
    };
  });
}
