/**
 * The generated `communications.search_vector`: Portuguese stemming ("negociações" finds
 * "negociação") combined with the accent-free `pt_unaccent` variant ("negociacao"). The
 * migration stores the same text in `typeorm_metadata`, which is how TypeORM compares a
 * generated column's expression, so keep the two identical.
 */
export const SEARCH_VECTOR_EXPRESSION = `to_tsvector('portuguese', coalesce(subject, '') || ' ' || content) || to_tsvector('pt_unaccent', coalesce(subject, '') || ' ' || content)`;

/** How many of the newest matches are ranked: a common word stays as fast as a rare one. */
export const SEARCH_CANDIDATES = 1000;
