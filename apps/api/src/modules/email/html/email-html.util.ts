import sanitizeHtml from 'sanitize-html';

/** What the timeline may show of an e-mail's HTML. */
export type SafeEmailHtml = { html: string; hasRemoteImages: boolean };

const REMOTE = /^(https?:)?\/\//i;

/**
 * An e-mail's HTML made safe to show inside the CRM: no scripts, styles sheets, forms, frames
 * or event handlers; links open outside with no referrer; and remote images (tracking pixels)
 * kept only as `data-blocked-src` until the reader asks for them. Inline (`cid:`, `data:`)
 * images stay.
 */
export function sanitizeEmailHtml(html: string): SafeEmailHtml {
  let hasRemoteImages = false;
  const clean = sanitizeHtml(html, {
    allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img', 'span', 'font', 'center']),
    allowedAttributes: {
      a: ['href', 'title', 'target', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height', 'data-blocked-src'],
      '*': ['style', 'align', 'dir', 'lang', 'colspan', 'rowspan', 'width', 'height'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['cid', 'data', 'http', 'https'] },
    allowedStyles: {
      '*': {
        color: [/^[#\w\s(),.%]+$/],
        'background-color': [/^[#\w\s(),.%]+$/],
        'text-align': [/^(left|right|center|justify)$/],
        'font-weight': [/^(normal|bold|\d{3})$/],
        'font-style': [/^(normal|italic)$/],
        'text-decoration': [/^[\w\s-]+$/],
      },
    },
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' },
      }),
      img: (tagName, attribs) => {
        const src = attribs.src ?? '';
        if (!REMOTE.test(src)) return { tagName, attribs };
        hasRemoteImages = true;
        const { src: _remote, ...rest } = attribs;
        return { tagName, attribs: { ...rest, 'data-blocked-src': src } };
      },
    },
  });
  return { html: clean, hasRemoteImages };
}
