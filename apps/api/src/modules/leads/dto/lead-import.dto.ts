import { ApiProperty } from '@nestjs/swagger';
import type { LeadImportResult } from '@loved/shared';
import { LEAD_IMPORT_MAX_BYTES, LEAD_IMPORT_MAX_ROWS } from '../lead-import.constant';

/** OpenAPI shape of the multipart body; the file itself is read from the request stream. */
export class LeadImportFileDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description:
      `CSV in UTF-8 (with or without BOM) or Latin-1, \`,\` or \`;\` delimited, up to ` +
      `${LEAD_IMPORT_MAX_BYTES / (1024 * 1024)} MB and ${LEAD_IMPORT_MAX_ROWS} rows. Header in ` +
      'Portuguese or English: nome/name (required), e-mail/email, telefone/phone/celular/whatsapp, ' +
      'etapa/stage, valor/value, tags/etiquetas, origem/source, prioridade/priority.',
  })
  file: unknown;
}

export class LeadImportRowErrorDto {
  @ApiProperty({
    example: 3,
    description: 'Line of the file where the row starts; the header is line 1',
  })
  row: number;

  @ApiProperty({ example: 'telefone inválido: "12" (use DDD e número, como (11) 98765-4321)' })
  message: string;
}

export class LeadImportResultDto implements LeadImportResult {
  @ApiProperty({ example: 42, description: 'Leads created' })
  imported: number;

  @ApiProperty({
    example: 2,
    description:
      'Rows not imported because a lead with the same phone or e-mail exists (also listed in `errors`)',
  })
  skipped: number;

  @ApiProperty({
    type: [LeadImportRowErrorDto],
    description: 'Every row not imported: invalid ones and duplicates ("duplicado: <nome>")',
  })
  errors: LeadImportRowErrorDto[];
}
