import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../core/config/app-config';
import {
  InjectTenantRepository,
  type TenantScopedRepository,
} from '../../../core/tenancy/tenant-scoped.repository';
import { EmailDropboxEntity } from './email-dropbox.entity';

/** Lowercase letters and digits only: survives every mail client's handling of local parts. */
const TOKEN = /^[a-z0-9]{26}$/;

/** The organisation's drop-box address, and finding an organisation by one. */
@Injectable()
export class EmailDropboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectTenantRepository(EmailDropboxEntity)
    private readonly dropboxes: TenantScopedRepository<EmailDropboxEntity>,
    private readonly dataSource: DataSource,
  ) {}

  /** The current organisation's address, made on first use. */
  async address(): Promise<string> {
    const existing = await this.dropboxes.findOneBy({});
    if (existing) return this.addressOf(existing.token);
    const token = BigInt(`0x${randomBytes(16).toString('hex')}`)
      .toString(36)
      .padStart(26, '0');
    await this.dropboxes.insertIfAbsent(this.dropboxes.create({ token }));
    const saved = await this.dropboxes.findOneBy({});
    if (!saved) throw new Error('drop-box vanished after insert');
    return this.addressOf(saved.token);
  }

  /** The organisation a recipient address belongs to; null for anything else. */
  async organizationOf(recipient: string): Promise<string | null> {
    const [local, domain] = recipient.toLowerCase().split('@');
    if (!local || domain !== this.config.env.EMAIL_DROPBOX_DOMAIN.toLowerCase()) return null;
    if (!TOKEN.test(local)) return null;
    const [row] = await this.dataSource.query<Array<{ organization_id: string | null }>>(
      'SELECT app_org_for_email_dropbox($1) AS organization_id',
      [local],
    );
    return row?.organization_id ?? null;
  }

  private addressOf(token: string): string {
    return `${token}@${this.config.env.EMAIL_DROPBOX_DOMAIN}`;
  }
}
