import { Controller, Get, HttpCode, Post, Query, Req, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ApiKeyScope, type LeadImportResult } from '@loved/shared';
import type { FastifyRequest } from 'fastify';
import { ApiKeyScopeRequired } from '../../core/auth/api-key-scope.decorator';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { LeadImportFileDto, LeadImportResultDto } from './dto/lead-import.dto';
import { ExportLeadsQueryDto } from './dto/lead.dto';
import { LeadExportService } from './lead-export.service';
import {
  LEAD_IMPORT_FILE_FIELD,
  LEAD_IMPORT_MAX_BYTES,
  LEAD_IMPORT_MAX_ROWS,
} from './lead-import.constant';
import { LeadImportService } from './lead-import.service';
import { readCsvUpload } from './utils/csv-upload.util';

@ApiTags('leads')
@Controller()
export class LeadImportExportController {
  constructor(
    private readonly imports: LeadImportService,
    private readonly exports: LeadExportService,
  ) {}

  @Post('leads/import')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsWrite)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import leads from a CSV; bad rows and duplicates are reported, never abort the rest',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: LeadImportFileDto })
  @ApiOkResponse({
    type: LeadImportResultDto,
    description: 'How many leads were created or skipped, and every row not imported',
  })
  @ApiBadRequestResponse({
    type: ProblemDetailsDto,
    description: `No file, malformed CSV, no \`nome\` column or more than ${LEAD_IMPORT_MAX_ROWS} rows`,
  })
  @ApiPayloadTooLargeResponse({
    type: ProblemDetailsDto,
    description: `File over ${LEAD_IMPORT_MAX_BYTES / (1024 * 1024)} MB`,
  })
  @ApiUnsupportedMediaTypeResponse({
    type: ProblemDetailsDto,
    description: 'Not multipart/form-data',
  })
  async importCsv(@Req() request: FastifyRequest): Promise<LeadImportResult> {
    const file = await readCsvUpload(request, {
      field: LEAD_IMPORT_FILE_FIELD,
      maxBytes: LEAD_IMPORT_MAX_BYTES,
    });
    return this.imports.importCsv(file);
  }

  @Get('leads/export.csv')
  @ApiKeyScopeRequired(ApiKeyScope.LeadsRead)
  @ApiOperation({
    summary:
      "The leads the caller may see, under the list's filters, as CSV (UTF-8 with BOM, `;`-delimited, Excel-friendly)",
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Header: nome;e-mail;telefone;etapa;valor;tags;origem;prioridade;responsavel;criado_em',
    schema: { type: 'string', format: 'binary' },
  })
  async exportCsv(@Query() filters: ExportLeadsQueryDto): Promise<StreamableFile> {
    return new StreamableFile(await this.exports.stream(filters), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="leads.csv"',
    });
  }
}
