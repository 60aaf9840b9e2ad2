import type { WhatsAppTemplate, WhatsAppTemplateComponent } from '@loved/shared';

/** Where a template's variable sits: Meta fills header and body variables from the send. */
export type TemplateSlot = { component: 'header' | 'body'; name: string };

/** The values typed for a template's variables, keyed by `slotKey`. */
export type TemplateValues = Record<string, string>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const MEDIA_HEADER_FORMATS = new Set(['IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION']);

function componentOf(
  template: WhatsAppTemplate,
  type: 'HEADER' | 'BODY' | 'FOOTER',
): WhatsAppTemplateComponent | undefined {
  return template.components.find(
    (component) => typeof component.type === 'string' && component.type.toUpperCase() === type,
  );
}

/** The text of a template's header, body or footer, placeholders included. */
export function templateTextOf(
  template: WhatsAppTemplate,
  type: 'HEADER' | 'BODY' | 'FOOTER',
): string | null {
  const text = componentOf(template, type)?.text;
  return typeof text === 'string' && text.trim() ? text : null;
}

/** A header with an image, video, document or place: sending it needs media this form lacks. */
export function hasMediaHeader(template: WhatsAppTemplate): boolean {
  const format = componentOf(template, 'HEADER')?.format;
  return typeof format === 'string' && MEDIA_HEADER_FORMATS.has(format.toUpperCase());
}

export function slotKey(slot: TemplateSlot): string {
  return `${slot.component}:${slot.name}`;
}

/** Placeholder names in order: numbered ones ({{1}}, {{2}}) by number, named ones as written. */
function namesIn(text: string | null): string[] {
  if (!text) return [];
  const names = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
  const isNumbered = names.every((name) => /^\d+$/.test(name));
  return isNumbered ? names.sort((a, b) => Number(a) - Number(b)) : names;
}

/** Every variable the template needs filled, header first. */
export function templateSlotsOf(template: WhatsAppTemplate): TemplateSlot[] {
  return [
    ...namesIn(templateTextOf(template, 'HEADER')).map((name) => ({
      component: 'header' as const,
      name,
    })),
    ...namesIn(templateTextOf(template, 'BODY')).map((name) => ({
      component: 'body' as const,
      name,
    })),
  ];
}

/** `text` with each variable replaced by its value; an unfilled one keeps its placeholder. */
export function fillTemplateText(
  text: string,
  component: TemplateSlot['component'],
  values: TemplateValues,
): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = values[slotKey({ component, name })]?.trim();
    return value ? value : placeholder;
  });
}

/**
 * The `components` of a send, as Meta's Cloud API takes them: one entry per part that has
 * variables, its parameters in order (named ones carry `parameter_name`). Undefined when the
 * template has no variables.
 */
export function templateComponentsFor(
  template: WhatsAppTemplate,
  values: TemplateValues,
): WhatsAppTemplateComponent[] | undefined {
  const slots = templateSlotsOf(template);
  if (slots.length === 0) return undefined;
  const parts: Array<TemplateSlot['component']> = ['header', 'body'];
  return parts.flatMap((component) => {
    const ofPart = slots.filter((slot) => slot.component === component);
    if (ofPart.length === 0) return [];
    return [
      {
        type: component,
        parameters: ofPart.map((slot) => ({
          type: 'text',
          ...(/^\d+$/.test(slot.name) ? {} : { parameter_name: slot.name }),
          text: values[slotKey(slot)]?.trim() ?? '',
        })),
      },
    ];
  });
}

/** A template's identity in a list: the same name may exist in several languages. */
export function templateIdOf(template: WhatsAppTemplate): string {
  return `${template.name}|${template.language}`;
}
