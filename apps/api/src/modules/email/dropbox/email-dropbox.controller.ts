import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EmailDropboxService } from './email-dropbox.service';

class EmailDropboxDto {
  @ApiProperty({ example: '0f3k2…@inbox.loved.crm' }) address: string;
}

@ApiTags('integrations')
@Controller('integrations/email/dropbox')
export class EmailDropboxController {
  constructor(private readonly dropboxes: EmailDropboxService) {}

  @Get()
  @ApiOperation({
    summary:
      "The organisation's drop-box address: BCC or forward an e-mail to it and it lands on the lead it is with",
  })
  @ApiOkResponse({ type: EmailDropboxDto })
  async address(): Promise<EmailDropboxDto> {
    return { address: await this.dropboxes.address() };
  }
}
