import { describe, expect, it } from 'vitest';
import {
  contactsOf,
  locationOf,
  mapUrlOf,
  messageTypeOf,
  whatsAppErrorOf,
} from '@/features/communications/utils/whatsapp-message';
import { makeCommunication } from '@/testing/communication-factory';

describe('whatsapp message metadata', () => {
  it('treats a message without a type as text', () => {
    expect(messageTypeOf(makeCommunication({ metadata: {} }))).toBe('text');
    expect(messageTypeOf(makeCommunication({ metadata: { message_type: 'image' } }))).toBe('image');
  });

  it('reads a failure with a numeric Meta code', () => {
    const failed = makeCommunication({
      metadata: { error: { code: 131047, title: 'Re-engagement message' } },
    });

    expect(whatsAppErrorOf(failed)).toEqual({
      code: '131047',
      title: 'Re-engagement message',
      message: null,
    });
  });

  it('reads a location given as text coordinates and links it to a map', () => {
    const location = locationOf(
      makeCommunication({
        metadata: { location: { latitude: '-23.55', longitude: -46.63, name: 'Escritório' } },
      }),
    );

    expect(location).toEqual({
      latitude: -23.55,
      longitude: -46.63,
      name: 'Escritório',
      address: null,
    });
    expect(location && mapUrlOf(location)).toBe(
      'https://www.google.com/maps/search/?api=1&query=-23.55%2C-46.63',
    );
  });

  it('ignores a location without coordinates', () => {
    expect(locationOf(makeCommunication({ metadata: { location: { name: 'Sem mapa' } } }))).toBe(
      null,
    );
  });

  it('reads shared contacts as the API stores them', () => {
    const contacts = contactsOf(
      makeCommunication({
        metadata: {
          contacts: [{ name: 'João Reis', phones: ['+55 21 99876-5432'], emails: [] }],
        },
      }),
    );

    expect(contacts).toEqual([{ name: 'João Reis', phones: ['+55 21 99876-5432'] }]);
  });

  it('reads shared contacts as WhatsApp sends them, skipping empty ones', () => {
    const contacts = contactsOf(
      makeCommunication({
        metadata: {
          contacts: [
            { name: { formatted_name: 'Maria Lima' }, phones: [{ phone: '+55 11 91234-5678' }] },
            { name: {}, phones: [] },
          ],
        },
      }),
    );

    expect(contacts).toEqual([{ name: 'Maria Lima', phones: ['+55 11 91234-5678'] }]);
  });
});
