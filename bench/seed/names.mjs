// People and companies for leads and users. Frequent surnames repeat (Silva, Oliveira…), so a
// lead search such as `q=oliv` matches many rows, as it would in a real Brazilian agency.

const words = (text) => text.trim().split(/\s+/);

export const FIRST_NAMES = words(`
  João Maria José Ana Antônio Francisca Carlos Paulo Adriana Lucas Juliana Pedro Márcia Marcos
  Fernanda Luiz Patrícia Gabriel Aline Rafael Sandra Daniel Camila Marcelo Amanda Bruno Bruna
  Eduardo Jéssica Felipe Letícia Raimundo Júlia Rodrigo Luciana Manoel Vanessa Mateus Mariana
  André Gabriela Fernando Vitória Fábio Larissa Leonardo Cláudia Gustavo Beatriz Guilherme Rita
  Leandro Luana Tiago Sônia Anderson Renata Ricardo Eliane Jorge Márcio Conceição Sebastião Luís
  Olívia Otávio Heloísa Caio Lívia Cauã Isadora Thiago Valéria Vinícius Simone Érica Rogério
  Gilberto Débora Samuel Tânia Murilo Cecília Henrique Lúcia Diego Natália Igor Priscila Wesley
`);

export const LAST_NAMES = words(`
  Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins
  Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira
  Nunes Marques Machado Mendes Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Melo
  Batista Correia Monteiro Moura Cavalcanti Borges Pinto Campos Azevedo Aragão Brandão Figueiredo
  Conceição Magalhães Sampaio Falcão Guimarães Assunção Olivetti Oliva Bezerra Damasceno Queiroz
`);

export const COMPANY_WORDS = words(`
  Padaria Mercado Auto Peças Clínica Odonto Estúdio Construtora Imobiliária Transportes Tech
  Soluções Distribuidora Comércio Farmácia Pet Shop Academia Escola Restaurante Pizzaria Hotel
  Pousada Agro Metalúrgica Gráfica Papelaria Ótica Joalheria Confecções Calçados Móveis Decor
  Elétrica Hidráulica Engenharia Consultoria Contabilidade Advocacia Turismo Eventos Buffet
`);
export const COMPANY_SUFFIXES = words(`
  Estrela Aurora Horizonte Brasil Paulista Carioca Mineira Nordeste Sul Central Nova Bela Vista
  Progresso União Esperança Primavera Atlântico Pantanal Cerrado Amazônia Ipê Jacarandá Sabiá
`);
export const COMPANY_TYPES = ['Ltda', 'ME', 'EIRELI', 'S.A.', '& Filhos', 'Comércio'];

export const EMAIL_DOMAINS = words(`
  gmail.com hotmail.com outlook.com yahoo.com.br uol.com.br bol.com.br terra.com.br icloud.com
`);

export const AREA_CODES = [11, 11, 11, 21, 21, 31, 41, 47, 48, 51, 61, 62, 71, 81, 85, 91, 92];

/** Lower-case ASCII of a name, for e-mail addresses. */
export const asciiSlug = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
