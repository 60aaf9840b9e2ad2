import { describe, expect, it } from 'vitest';
import { isKnownMessage } from './known-message.util';
import type { WhatsAppInboundMessage } from './whatsapp-webhook.type';

const base = { from: '5511987654321', id: 'wamid.1', timestamp: '1750016800' };
const message = (fields: { type: string } & Record<string, unknown>): WhatsAppInboundMessage => ({
  ...base,
  ...fields,
});

describe('isKnownMessage', () => {
  it.each([
    ['text', { type: 'text', text: { body: 'Oi' } }],
    ['image', { type: 'image', image: { id: '1', mime_type: 'image/jpeg' } }],
    ['audio', { type: 'audio', audio: { id: '1', voice: true } }],
    ['location', { type: 'location', location: { latitude: -23.5, longitude: -46.6 } }],
    ['contacts', { type: 'contacts', contacts: [{ name: { formatted_name: 'Ana' } }] }],
    ['reaction', { type: 'reaction', reaction: { message_id: 'wamid.0' } }],
    ['unknown', { type: 'unknown' }],
  ])('accepts a well-formed %s message', (_type, fields) => {
    expect(isKnownMessage(message(fields))).toBe(true);
  });

  it.each([
    ['a type it does not know', { type: 'poll', poll: {} }],
    ['a text without body', { type: 'text', text: {} }],
    ['an image without media id', { type: 'image', image: { caption: 'Oi' } }],
    [
      'an audio whose voice flag is not a boolean',
      { type: 'audio', audio: { id: '1', voice: 'yes' } },
    ],
    [
      'a location given as strings',
      { type: 'location', location: { latitude: '-23.5', longitude: '-46.6' } },
    ],
    ['contacts that are not a list', { type: 'contacts', contacts: { name: 'Ana' } }],
    [
      'an interactive reply of an unknown kind',
      { type: 'interactive', interactive: { type: 'other' } },
    ],
    [
      'an order item without quantity',
      {
        type: 'order',
        order: {
          catalog_id: '1',
          product_items: [{ product_retailer_id: 'a', item_price: 1, currency: 'BRL' }],
        },
      },
    ],
    ['a type named after an object property', { type: 'constructor' }],
  ])('refuses %s', (_label, fields) => {
    expect(isKnownMessage(message(fields))).toBe(false);
  });
});
