// Portuguese vocabulary for generated messages. The order matters: content words are drawn with
// Zipf frequencies by their rank here, so the first ones are common (a search for "proposta"
// matches a large share of messages) and the last ones rare. Accented forms are included so the
// accent-insensitive search is exercised ("negociação" / "negociacao").

const words = (text) => text.trim().split(/\s+/);

/** Function words: frequent, removed by the Portuguese text-search configuration. */
export const STOP_WORDS = words(`
  de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele
  das à seu sua ou quando muito nos já eu também só pelo pela até isso entre depois sem mesmo
  aos seus quem nas me esse eles você essa num nem suas meu às minha numa pelos elas qual
  nós lhe deles essas esses pelas este dele tu te vocês vos lhes meus minhas teu tua nosso nossa
`);

/** Content words, most common first (CRM and sales vocabulary, then everyday words). */
export const CONTENT_WORDS = words(`
  cliente obrigado bom dia valor prazo envio hoje pedido entrega proposta reunião orçamento contrato pagamento
  produto serviço semana amanhã negociação desconto preço retorno ligação
  documento email whatsapp mensagem confirmação agenda visita dúvida informação condição
  parcela boleto nota fiscal cadastro empresa equipe projeto detalhe apresentação demonstração
  plano mensal anual renovação assinatura aprovação diretoria financeiro comercial vendedor
  gerente responsável contato telefone endereço horário tarde manhã noite sexta segunda terça
  quarta quinta sábado domingo mês próximo anterior última primeira semana final início
  urgente importante possível interessado interessada satisfeito atendimento suporte problema
  solução resposta pergunta análise relatório planilha arquivo anexo link site sistema acesso
  senha login conta fatura cobrança juros multa vencimento crédito débito cartão pix transferência
  depósito recibo comprovante cotação tabela catálogo amostra modelo versão padrão especial
  promoção campanha evento feira congresso treinamento implantação instalação configuração
  integração migração manutenção garantia troca devolução reembolso cancelamento reclamação
  elogio sugestão feedback pesquisa avaliação indicação parceria parceiro fornecedor distribuidor
  revenda representante regional nacional internacional exportação importação logística frete
  transportadora estoque disponível indisponível reserva compra venda faturamento meta resultado
  crescimento investimento economia custo benefício vantagem diferencial qualidade agilidade
  segurança confiança transparência compromisso oportunidade expectativa necessidade prioridade
  cronograma etapa fase marco objetivo estratégia planejamento execução acompanhamento
  alinhamento ajuste revisão alteração atualização correção validação homologação publicação
  lançamento divulgação marketing mídia anúncio instagram facebook linkedin google lead
  funil pipeline fechamento ganho perdido concorrente concorrência mercado setor segmento varejo
  atacado indústria escritório loja filial matriz sede unidade região capital interior cidade
  bairro rua avenida estacionamento recepção portaria sala auditório almoço café jantar viagem
  voo hotel reembolso quilometragem combustível veículo frota motorista entregador pacote caixa
  volume peso medida tamanho cor material acabamento embalagem etiqueta código série lote
  validade fabricação importado nacional artesanal personalizado exclusivo limitado ilimitado
  básico intermediário avançado premium corporativo empresarial individual familiar
  residencial comercial rural urbano digital online presencial remoto híbrido
  advogado contador engenheiro arquiteto médico dentista professor consultor analista
  coordenador supervisor diretor presidente sócio proprietário herdeiro inventário procuração
  cartório certidão escritura registro alvará licença vistoria laudo perícia seguro apólice
  sinistro franquia cobertura carência mensalidade anuidade taxa tarifa imposto tributo
  recolhimento declaração restituição auditoria conformidade regulamento norma política
  procedimento protocolo chamado ticket solicitação requisição autorização liberação bloqueio
  desbloqueio aviso alerta lembrete notificação convite confirmação remarcação adiamento atraso
  antecipação pontualidade disponibilidade flexibilidade paciência gentileza educação carinho
  abraço saudade felicidade alegria tranquilidade preocupação ansiedade curiosidade surpresa
  chuva sol calor frio trânsito feriado férias aniversário casamento formatura batizado
  churrasco futebol cinema teatro música livro revista jornal notícia fotografia vídeo
  áudio podcast palestra workshop curso aula prova certificado diploma bolsa estágio vaga
  currículo entrevista contratação demissão salário benefício vale comissão bônus
  participação premiação reconhecimento promoção carreira mentoria liderança cultura valores
  missão visão propósito sustentabilidade reciclagem energia solar água luz gás internet
  telefonia celular computador notebook impressora papel caneta mesa cadeira armário
  prateleira vitrine balcão máquina equipamento ferramenta peça reposição conserto reforma
  pintura obra construção terreno imóvel apartamento casa aluguel condomínio vistoria
  mudança decoração móveis eletrodomésticos geladeira fogão ventilador ar-condicionado
`);

/** Rare words: one of them lands in about 1 message out of RARE_WORD_RATE, so each one in ~1 of 40,000. */
export const RARE_WORDS = words(`
  jabuticaba caramujo pirilampo xilogravura quindim maracatu berimbau jangada
`);
export const RARE_WORD_RATE = 5000;

/** Never generated: the "no match" search. */
export const NO_MATCH_WORD = 'paralelepípedo';

/** Words the search scenario asks for (one common, one rare, one absent). */
export const SEARCH_TERMS = { common: 'proposta', rare: 'jabuticaba', none: NO_MATCH_WORD };

export const GREETINGS = words(`Olá Oi Bom-dia Boa-tarde Boa-noite Prezado Prezada Caro Cara`).map(
  (g) => g.replace('-', ' '),
);
export const CLOSINGS = [
  'Abraços',
  'Atenciosamente',
  'Obrigado',
  'Obrigada',
  'Até logo',
  'Fico no aguardo',
  'Qualquer dúvida estou à disposição',
  'Um abraço',
];
