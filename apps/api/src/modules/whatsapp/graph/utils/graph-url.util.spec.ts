import { describe, expect, it } from 'vitest';
import { graphRootUrl, graphUrl } from './graph-url.util';

describe('graphRootUrl', () => {
  it('appends the configured version to a bare base URL', () => {
    expect(graphRootUrl('https://graph.facebook.com/', 'v23.0')).toBe(
      'https://graph.facebook.com/v23.0',
    );
  });

  it('keeps a version the base URL already ends with', () => {
    expect(graphRootUrl('http://127.0.0.1:4010/v21.0', 'v23.0')).toBe(
      'http://127.0.0.1:4010/v21.0',
    );
  });
});

describe('graphUrl', () => {
  it('encodes path segments and adds the query', () => {
    const url = graphUrl('https://graph.facebook.com/v23.0', ['12/3', 'media'], {
      fields: 'id,url',
    });

    expect(url.toString()).toBe('https://graph.facebook.com/v23.0/12%2F3/media?fields=id%2Curl');
  });
});
