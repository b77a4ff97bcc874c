import { describe, expect, it } from 'vitest';
import { sentFiles, teamsFileContentType } from '../../../bot/file-attachment.js';
import { isAllowedFileUrl } from '../../../bot/file-download.js';

describe('sentFiles', () => {
  it('reads the download URL of a Teams file, not its SharePoint page', () => {
    const files = sentFiles({
      attachments: [
        { contentType: 'text/html', content: '<p>Här är planen</p>' },
        {
          contentType: teamsFileContentType,
          name: 'plan.docx',
          contentUrl: 'https://kommun-my.sharepoint.com/personal/anna/Documents/plan.docx',
          content: { downloadUrl: 'https://kommun-my.sharepoint.com/_layouts/15/download.aspx?UniqueId=1&tempauth=x', uniqueId: '1', fileType: 'docx' },
        },
      ],
    });
    expect(files).toEqual([{ name: 'plan.docx', url: 'https://kommun-my.sharepoint.com/_layouts/15/download.aspx?UniqueId=1&tempauth=x' }]);
  });

  it('reads a plain attachment with a contentUrl and a name, as the playground sends', () => {
    expect(sentFiles({ attachments: [{ contentType: 'application/pdf', name: 'plan.pdf', contentUrl: 'http://localhost:56150/plan.pdf' }] })).toEqual([
      { name: 'plan.pdf', url: 'http://localhost:56150/plan.pdf' },
    ]);
  });

  it('ignores cards, inline images without a name, malformed and hostile attachments', () => {
    const files = sentFiles({
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
        { contentType: 'image/*', contentUrl: 'https://smba.trafficmanager.net/img' },
        { contentType: teamsFileContentType, name: 'x.docx', content: { downloadUrl: 42 } },
        { contentType: teamsFileContentType, name: 'x.docx', contentUrl: 'https://x.sharepoint.com/page' },
        null,
        'text',
        { contentType: { toString: 'x' }, name: 'a', contentUrl: 'b' },
        { __proto__: { contentType: 'application/pdf', name: 'a.pdf', contentUrl: 'http://localhost/a' } },
      ] as never,
    });
    expect(files).toEqual([]);
    expect(sentFiles({})).toEqual([]);
    expect(sentFiles({ attachments: 'x' as never })).toEqual([]);
  });
});

describe('isAllowedFileUrl', () => {
  const production = { allowLoopback: false };
  const development = { allowLoopback: true };

  it('allows https on SharePoint hosts, in every cloud', () => {
    for (const url of ['https://kommun-my.sharepoint.com/_layouts/15/download.aspx?x=1', 'https://kommun.sharepoint.us/a', 'https://KOMMUN.SharePoint.com/a']) {
      expect(isAllowedFileUrl(url, production)).toBe(true);
    }
  });

  it('refuses look-alike hosts, other schemes, credentials in the URL and plain http', () => {
    for (const url of [
      'https://evilsharepoint.com/a',
      'https://sharepoint.com.evil.example/a',
      'https://evil.example/kommun.sharepoint.com',
      'https://sharepoint.com/a',
      'http://kommun.sharepoint.com/a',
      'https://user:pass@kommun.sharepoint.com/a',
      'file:///etc/passwd',
      'data:application/pdf;base64,JVBERi0=',
      'ftp://kommun.sharepoint.com/a',
      'not a url',
      '',
    ]) {
      expect(isAllowedFileUrl(url, development), url).toBe(false);
    }
  });

  it('allows this machine only in local development', () => {
    for (const url of ['http://localhost:56150/a', 'http://127.0.0.1:3978/a', 'http://[::1]:80/a']) {
      expect(isAllowedFileUrl(url, development)).toBe(true);
      expect(isAllowedFileUrl(url, production)).toBe(false);
    }
    for (const url of ['http://127.0.0.1.nip.io/a', 'http://localhost.evil.example/a', 'http://10.0.0.1/a', 'http://169.254.169.254/latest/meta-data', 'http://0.0.0.0/a']) {
      expect(isAllowedFileUrl(url, development), url).toBe(false);
    }
  });
});
