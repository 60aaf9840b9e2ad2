import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPartialContentResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiRequestedRangeNotSatisfiableResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemDetailsDto } from '../../core/http/problem-details.dto';
import { FileDto, UploadFileDto, type FileResponse } from './dto/file.dto';
import { FileContentService } from './file-content.service';
import { FilesService } from './files.service';
import { readMultipartUpload } from './utils/multipart-upload.util';

const FILE_FIELD = 'file';

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(
    private readonly files: FilesService,
    private readonly content: FileContentService,
  ) {}

  @Post()
  @ApiOperation({
    summary:
      'Upload a file (streamed and encrypted at rest; type sniffed from the bytes). Fields `lead_id` / `communication_id` go before `file`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFileDto })
  @ApiCreatedResponse({ type: FileDto })
  @ApiPayloadTooLargeResponse({ type: ProblemDetailsDto, description: 'Over MAX_FILE_SIZE_MB' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetailsDto, description: 'Not multipart' })
  @ApiNotFoundResponse({ type: ProblemDetailsDto, description: 'Linked lead/communication' })
  async upload(@Req() request: FastifyRequest): Promise<FileResponse> {
    const upload = await readMultipartUpload(request, {
      field: FILE_FIELD,
      maxBytes: this.files.maxBytes,
    });
    return this.files.upload(upload);
  }

  @Get(':id')
  @ApiOperation({ summary: "A file's metadata" })
  @ApiOkResponse({ type: FileDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<FileResponse> {
    return this.files.get(id);
  }

  @Get(':id/content')
  @ApiOperation({ summary: 'The decrypted bytes, streamed; supports a single HTTP Range' })
  @ApiProduces('application/octet-stream')
  @ApiHeader({ name: 'Range', required: false, example: 'bytes=0-1023' })
  @ApiOkResponse({ description: 'The whole file' })
  @ApiPartialContentResponse({ description: 'The requested range, with Content-Range' })
  @ApiRequestedRangeNotSatisfiableResponse({ type: ProblemDetailsDto })
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  async download(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const header = (name: string): string | undefined => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    const file = await this.content.open(id, {
      range: header('range'),
      ifRange: header('if-range'),
    });
    // Replied here rather than returned: Nest's StreamableFile path always answers 200, and a
    // range needs 206.
    await reply.status(file.status).headers(file.headers).send(file.body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a file (its stored object is removed after commit)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetailsDto })
  remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.files.remove(id);
  }
}
