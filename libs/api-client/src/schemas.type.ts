import type { components } from './generated/openapi';

type Schemas = components['schemas'];

/** Shorter names for the schemas integrators use most; the rest are `components['schemas'][…]`. */
export type LeadResponse = Schemas['LeadDto'];
export type LeadListResponse = Schemas['LeadListDto'];
export type CreateLeadRequest = Schemas['CreateLeadDto'];
export type UpdateLeadRequest = Schemas['UpdateLeadDto'];
export type MoveLeadRequest = Schemas['MoveLeadDto'];
export type PipelineResponse = Schemas['PipelineDto'];
export type PipelineColumn = Schemas['PipelineColumnDto'];
export type TimelineItem = Schemas['TimelineItemDto'];
export type ProblemDetails = Schemas['ProblemDetailsDto'];
