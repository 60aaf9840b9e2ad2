import { describe, expect, it } from 'vitest';
import { parseMembershipChange } from './membership-change.util';

describe('parseMembershipChange', () => {
  it('reads back the organisation and user of a broadcast change', () => {
    expect(parseMembershipChange('{"organizationId":"o","userId":"u"}')).toEqual({
      organizationId: 'o',
      userId: 'u',
    });
  });

  it('answers null for a message that is not a change', () => {
    for (const message of ['', 'o:u', 'null', '[]', '{"organizationId":"o"}', '{"userId":1}']) {
      expect(parseMembershipChange(message)).toBeNull();
    }
  });
});
