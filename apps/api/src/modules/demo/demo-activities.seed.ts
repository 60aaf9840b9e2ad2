import type { ActivityType } from '@loved/shared';

/**
 * A demo activity on a demo lead (by name), for the demo admin: `day` is counted from today in
 * the organisation's time zone and `time` is its wall clock there, so "Minha agenda" shows
 * overdue, today and upcoming work whatever day `npm start` first runs.
 */
export type DemoActivity = {
  leadName: string;
  type: ActivityType;
  subject: string;
  day: number;
  time: string;
  durationMinutes?: number;
  done?: boolean;
};

export const DEMO_ACTIVITIES: readonly DemoActivity[] = [
  // Overdue
  {
    leadName: 'Maria Conceição Ferreira',
    type: 'call',
    subject: 'Retornar sobre o orçamento da loja virtual',
    day: -2,
    time: '10:00',
  },
  {
    leadName: 'Paulo Henrique Brandão',
    type: 'email',
    subject: 'Enviar o portfólio de campanhas',
    day: -1,
    time: '16:30',
  },
  // Today
  {
    leadName: 'Fernanda Sá',
    type: 'whatsapp',
    subject: 'Confirmar a reunião de briefing',
    day: 0,
    time: '09:00',
    done: true,
  },
  {
    leadName: 'Letícia Moraes',
    type: 'meeting',
    subject: 'Apresentar a proposta de redes sociais',
    day: 0,
    time: '11:00',
    durationMinutes: 60,
  },
  {
    leadName: 'Renata Siqueira',
    type: 'call',
    subject: 'Negociar o prazo de pagamento',
    day: 0,
    time: '15:00',
    durationMinutes: 30,
  },
  {
    leadName: 'Otávio Mendonça',
    type: 'task',
    subject: 'Preparar o diagnóstico do site',
    day: 0,
    time: '17:30',
  },
  // Upcoming
  {
    leadName: 'Eduardo Falcão',
    type: 'meeting',
    subject: 'Alinhar o contrato com o jurídico',
    day: 1,
    time: '10:00',
    durationMinutes: 45,
  },
  {
    leadName: 'André Vasconcelos',
    type: 'call',
    subject: 'Saber se a proposta foi aprovada',
    day: 3,
    time: '14:00',
  },
];
