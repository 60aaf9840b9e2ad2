import { Body, Controller, Module, Post, type DynamicModule } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Public } from '../../../src/core/auth/public.decorator';

class ContactDto {
  @IsEmail()
  email: string;
}

class ProbeDto {
  @IsString()
  name: string;

  @IsInt()
  @Min(0)
  @Max(10)
  score: number;

  @ValidateNested()
  @Type(() => ContactDto)
  contact: ContactDto;
}

/** A route with a validated body, mounted only in tests, to exercise the HTTP layer. */
@Public()
@Controller('test-probe')
class HttpProbeController {
  @Post()
  echo(@Body() body: ProbeDto): ProbeDto {
    return body;
  }

  @Post('boom')
  boom(): never {
    throw new Error('database password is hunter2');
  }
}

@Module({ controllers: [HttpProbeController] })
class HttpProbeModule {}

export const withHttpProbe = (root: DynamicModule): DynamicModule => ({
  module: class HttpProbeRoot {},
  imports: [root, HttpProbeModule],
});
