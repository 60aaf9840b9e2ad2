import { errorReply, type FakeReply, jsonReply } from '../fake-http/fake-reply';
import { unsupportedRequest } from './fake-graph-error';
import type { FakeGraphContext } from './fake-graph-context.type';

/** `GET /{phone_number_id}`: the number as Meta describes it (every field, whatever `fields` asks). */
export function handleGetPhoneNumber(ctx: FakeGraphContext, phoneNumberId: string): FakeReply {
  const phone = ctx.state.phones.get(phoneNumberId);
  if (!phone || !ctx.state.canUsePhone(ctx.token, phoneNumberId)) {
    return errorReply(unsupportedRequest(ctx.method, phoneNumberId));
  }
  return jsonReply({
    verified_name: phone.verifiedName,
    code_verification_status: 'VERIFIED',
    display_phone_number: phone.displayPhoneNumber,
    quality_rating: 'GREEN',
    platform_type: 'CLOUD_API',
    throughput: { level: 'STANDARD' },
    id: phone.phoneNumberId,
  });
}
