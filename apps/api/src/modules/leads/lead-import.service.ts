import { Injectable, Logger } from '@nestjs/common';
import { LEAD_STAGES, LeadStage, type LeadImportResult } from '@loved/shared';
import { TenantContextService } from '../../core/tenancy/tenant-context.service';
import { LEAD_IMPORT_MAX_ROWS } from './lead-import.constant';
import { LeadImportErrorCode, LeadImportException } from './lead-import.exception';
import { LeadErrorCode, LeadException } from './lead.exception';
import { LeadCreateService } from './lead-create.service';
import { LeadPositionService } from './lead-position.service';
import { decodeCsvBytes } from './utils/csv-decode.util';
import { mapLeadColumns, type LeadCsvColumns } from './utils/csv-lead-columns.util';
import { toLeadCsvRow, type LeadCsvInput } from './utils/csv-lead-row.util';
import { CsvSyntaxError, parseCsv, type CsvRecord } from './utils/csv-parse.util';

type RowOutcome =
  | { kind: 'imported' }
  | { kind: 'duplicate'; message: string }
  | { kind: 'refused'; message: string };

const isBlank = (record: CsvRecord): boolean => record.fields.every((field) => field.trim() === '');

/**
 * The name of the lead a LEAD_DUPLICATE points at (`existing_lead` of the problem body); a lead
 * the importer may not see is not named there, nor here.
 */
function existingName(error: LeadException): string {
  const existing = error.extensions.existing_lead;
  const name =
    typeof existing === 'object' && existing !== null && 'name' in existing ? existing.name : null;
  return typeof name === 'string' ? name : 'lead existente';
}

/**
 * Imports leads from a spreadsheet's CSV. Every row is checked before it is inserted and goes in
 * through `LeadCreateService.create` (same rules as the API: phone, duplicates, assignee). The import
 * runs in the request's transaction, so a crash leaves nothing half-imported, while a savepoint
 * per row keeps one failed insert from aborting the rows after it.
 */
@Injectable()
export class LeadImportService {
  private readonly logger = new Logger(LeadImportService.name);

  constructor(
    private readonly tenant: TenantContextService,
    private readonly leads: LeadCreateService,
    private readonly positions: LeadPositionService,
  ) {}

  async importCsv(file: Uint8Array): Promise<LeadImportResult> {
    const { columns, rows } = this.readRows(file);
    const result: LeadImportResult = { imported: 0, skipped: 0, errors: [] };
    const mapped = rows.map((row) => ({
      line: row.line,
      mapped: toLeadCsvRow(row.fields, columns),
    }));
    const positions = await this.reservePositions(
      mapped.flatMap(({ mapped: m }) => (m.ok ? [m.input.stage ?? LeadStage.Lead] : [])),
    );
    for (const { line, mapped: row } of mapped) {
      if (!row.ok) {
        result.errors.push({ row: line, message: row.errors.join('; ') });
        continue;
      }
      const stage = row.input.stage ?? LeadStage.Lead;
      const outcome = await this.insert(row.input, line, positions.get(stage)?.shift());
      if (outcome.kind === 'imported') {
        result.imported += 1;
        continue;
      }
      if (outcome.kind === 'duplicate') result.skipped += 1;
      result.errors.push({ row: line, message: outcome.message });
    }
    return result;
  }

  /**
   * Short keys above each column's top for every row to import, in file order, reserved under
   * the columns' locks (taken in board order, so two imports never deadlock).
   */
  private async reservePositions(stages: LeadStage[]): Promise<Map<LeadStage, string[]>> {
    const reserved = new Map<LeadStage, string[]>();
    for (const stage of LEAD_STAGES) {
      const count = stages.filter((s) => s === stage).length;
      if (count > 0) reserved.set(stage, await this.positions.topPositions(stage, count));
    }
    return reserved;
  }

  /** The header's columns and the non-empty data rows; refuses a file that cannot be imported. */
  private readRows(file: Uint8Array): { columns: LeadCsvColumns; rows: CsvRecord[] } {
    const [header, ...records] = this.parse(file);
    if (!header || isBlank(header)) {
      throw new LeadImportException(
        LeadImportErrorCode.EmptyFile,
        'O arquivo está vazio: a primeira linha deve ser o cabeçalho, com a coluna nome.',
      );
    }
    const columns = mapLeadColumns(header.fields);
    if (columns.name.length === 0) {
      const found = header.fields
        .map((title) => title.trim())
        .filter((title) => title !== '')
        .slice(0, 12)
        .map((title) => (title.length > 40 ? `${title.slice(0, 40)}…` : title));
      throw new LeadImportException(
        LeadImportErrorCode.NoNameColumn,
        `O cabeçalho não tem a coluna "nome" (ou "name"). Colunas encontradas: ${found.join(', ')}.`,
      );
    }
    const rows = records.filter((record) => !isBlank(record));
    if (rows.length > LEAD_IMPORT_MAX_ROWS) {
      throw new LeadImportException(
        LeadImportErrorCode.TooManyRows,
        `O arquivo tem ${rows.length} linhas de dados; o limite é ${LEAD_IMPORT_MAX_ROWS} por importação. Divida a planilha em arquivos menores.`,
      );
    }
    return { columns, rows };
  }

  private parse(file: Uint8Array): CsvRecord[] {
    try {
      return parseCsv(decodeCsvBytes(file));
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      throw new LeadImportException(
        LeadImportErrorCode.MalformedCsv,
        `Aspas abertas na linha ${error.line} nunca se fecham; corrija o arquivo e envie de novo.`,
      );
    }
  }

  /**
   * Creates one lead inside a savepoint: a refused or failed insert rolls back to it and leaves
   * the transaction usable for the next row. A failure to roll back means the transaction itself
   * is gone, so that one propagates and the whole import rolls back.
   */
  private async insert(input: LeadCsvInput, line: number, position?: string): Promise<RowOutcome> {
    const manager = this.tenant.manager;
    await manager.query('SAVEPOINT lead_import_row');
    try {
      await this.leads.create(input, { position });
      await manager.query('RELEASE SAVEPOINT lead_import_row');
      return { kind: 'imported' };
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT lead_import_row');
      await manager.query('RELEASE SAVEPOINT lead_import_row');
      if (error instanceof LeadException && error.code === LeadErrorCode.Duplicate) {
        return { kind: 'duplicate', message: `duplicado: ${existingName(error)}` };
      }
      if (error instanceof LeadException) return { kind: 'refused', message: error.userMessage };
      this.logger.error({ err: error, row: line }, 'lead import row failed');
      return { kind: 'refused', message: 'não foi possível gravar esta linha; tente de novo.' };
    }
  }
}
