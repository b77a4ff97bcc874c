import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsFileContentType } from '../../bot/file-attachment.js';
import { demoCurrentUser } from '../../src/directory/demo-people.js';
import { FileServer } from '../helpers/file-server.js';
import { planDocumentBytes } from '../helpers/plan-documents.js';
import { E2eSession } from './harness.js';

/**
 * The Agents Playground hides its upload button, so the file message Teams would
 * send (the file download info of a file in Anna's OneDrive) goes in as a
 * custom activity; the file itself is served from this machine, which
 * Tillit fetches from only when it runs locally.
 */
describe('uploading the decided plan in the Agents Playground', () => {
  let session: E2eSession;
  const files = new FileServer();

  beforeAll(async () => {
    await files.start();
    files.routes.set('/norrtalje.docx', { bytes: planDocumentBytes('norrtalje-handlingsplan-2024-2025.docx') });
    files.routes.set('/sjovik.pdf', { bytes: planDocumentBytes('sjovik-handlingsplan-2026.pdf') });
    session = await E2eSession.start();
  });
  afterAll(async () => {
    await session?.stop();
    await files.stop();
  });

  const sendFile = (name: string, path: string) =>
    session.chat.sendAsOther({
      type: 'message',
      text: '',
      from: { id: demoCurrentUser.id, name: demoCurrentUser.name, aadObjectId: demoCurrentUser.aadObjectId },
      attachments: [{ contentType: teamsFileContentType, name, content: { downloadUrl: files.url(path), uniqueId: name, fileType: name.split('.').pop() } }],
    });

  it('previews a revision with its changes against the current one, and Avbryt imports nothing', async () => {
    await session.chat.card('Hej Anna! Jag är Tillit.').waitFor();
    await sendFile('norrtalje-handlingsplan-2024-2025.docx', '/norrtalje.docx');
    const preview = session.chat.card('Blir version 3 av norrtalje-2024-2025');
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain('Förhandsgranskning av planen');
    expect(text).toContain('Ändringar mot version 2 (3)');
    expect(text).toContain('Flyttat sista datum 1.1');
    await session.chat.screenshot('plan-upload-revision-preview');
    await preview.getByRole('button', { name: 'Avbryt' }).click();
    await session.chat.card('Avbrutet: norrtalje-handlingsplan-2024-2025.docx importerades inte.').waitFor();
  });

  it('imports a new plan from its PDF on Bekräfta and makes Anna its coordinator', async () => {
    await sendFile('sjovik-handlingsplan-2026.pdf', '/sjovik.pdf');
    const preview = session.chat.card('En ny plan för Sjöviks kommun');
    await preview.waitFor();
    expect(await preview.innerText()).toContain('36 åtgärder');
    await session.chat.screenshot('plan-upload-new-preview');
    await preview.getByRole('button', { name: 'Bekräfta' }).click();
    const done = session.chat.card(/Klart: .+ är importerad som ny plan/u);
    await done.waitFor();
    expect(await done.innerText()).toContain('Du är samordnare för den.');
    await session.chat.screenshot('plan-upload-imported');
    expect(files.requests).toEqual(['/norrtalje.docx', '/sjovik.pdf']);
  });
});
