import { Injectable } from '@nestjs/common';
import {
  DEFAULT_STAGE_HEALTH,
  LEAD_STAGES,
  type LeadStage,
  type StageHealthSetting,
  type StageHealthSettingsResponse,
} from '@loved/shared';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../core/tenancy/tenant-scoped.repository';
import type { UpdateStageHealthSettingsDto } from './dto/stage-health-settings.dto';
import { StageHealthSettingEntity } from './stage-health-setting.entity';

export type StageHealthByStage = ReadonlyMap<LeadStage, StageHealthSetting>;

const DEFAULTS = new Map(DEFAULT_STAGE_HEALTH.map((setting) => [setting.stage, setting]));

/** The organisation's deal-health thresholds per stage: the defaults until an admin saves them. */
@Injectable()
export class StageHealthSettingsService {
  constructor(
    @InjectTenantRepository(StageHealthSettingEntity)
    private readonly settings: TenantScopedRepository<StageHealthSettingEntity>,
  ) {}

  async byStage(): Promise<StageHealthByStage> {
    const rows = await this.settings.find({});
    const saved = new Map(rows.map((row) => [row.stage, row]));
    return new Map(
      LEAD_STAGES.map((stage): [LeadStage, StageHealthSetting] => {
        const row = saved.get(stage);
        return [
          stage,
          row
            ? { stage, rotting_days: row.rottingDays, unanswered_hours: row.unansweredHours }
            : (DEFAULTS.get(stage) as StageHealthSetting),
        ];
      }),
    );
  }

  async get(): Promise<StageHealthSettingsResponse> {
    return { stages: [...(await this.byStage()).values()] };
  }

  /** Saves the stages given (each at most once, checked by the DTO); the others keep theirs. */
  async update(input: UpdateStageHealthSettingsDto): Promise<StageHealthSettingsResponse> {
    // Keyed by (organization, stage): save inserts a stage's row or updates it.
    await this.settings.saveMany(
      input.stages.map((setting) =>
        this.settings.create({
          stage: setting.stage,
          rottingDays: setting.rotting_days,
          unansweredHours: setting.unanswered_hours,
        }),
      ),
    );
    return this.get();
  }
}
