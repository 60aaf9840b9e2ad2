/** Every path of the SPA in one place, so links and routes cannot drift apart. */
export const paths = {
  home: '/',
  pipeline: '/pipeline',
  settings: '/configuracoes',
} as const;
