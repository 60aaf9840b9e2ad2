/** Every path of the SPA in one place, so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  agenda: '/agenda',
  pipeline: '/pipeline',
  leads: '/leads',
  analytics: '/analytics',
  settings: '/configuracoes',
  login: '/entrar',
  register: '/cadastro',
  invitation: '/convite',
  createOrganization: '/nova-organizacao',
  leadPattern: '/leads/:leadId',
  lead: (leadId: string): string => `/leads/${encodeURIComponent(leadId)}`,
} as const;
