import { z } from 'zod';

/** A file someone sent in a message: its name and where to fetch it. */
export interface SentFile {
  name: string;
  url: string;
}

/** Teams' attachment for a file sent in personal chat (the bot's `supportsFiles`). */
export const teamsFileContentType = 'application/vnd.microsoft.teams.file.download.info';

const teamsFile = z.object({
  contentType: z.literal(teamsFileContentType),
  name: z.string().min(1).max(1000),
  content: z.object({ downloadUrl: z.string().min(1).max(8000) }),
});

const plainFile = z.object({
  contentType: z.string().max(200),
  name: z.string().min(1).max(1000),
  contentUrl: z.string().min(1).max(8000),
});

/** Attachments that are no file: cards, and the HTML copy of the message's own text Teams adds. */
function isNoFile(contentType: unknown): boolean {
  return typeof contentType !== 'string' || contentType === 'text/html' || contentType.startsWith('application/vnd.microsoft.card.') || contentType === 'application/vnd.microsoft.teams.card.o365connector';
}

/**
 * The files in a message: Teams' file download info (its `downloadUrl`),
 * and plain attachments with a `contentUrl` (as the Agents Playground and
 * other clients send). Malformed attachments are ignored; fetching decides
 * whether a URL is acceptable.
 */
export function sentFiles(activity: { readonly attachments?: unknown }): SentFile[] {
  const files: SentFile[] = [];
  const attachments: readonly unknown[] = Array.isArray(activity.attachments) ? activity.attachments : [];
  for (const item of attachments) {
    // Only plain JSON objects, read by their own fields (nothing inherited through a prototype).
    if (typeof item !== 'object' || item === null || Object.getPrototypeOf(item) !== Object.prototype) continue;
    const attachment = item as { contentType?: unknown };
    if (isNoFile(Object.hasOwn(attachment, 'contentType') ? attachment.contentType : undefined)) continue;
    const teams = teamsFile.safeParse(attachment);
    if (teams.success) {
      files.push({ name: teams.data.name, url: teams.data.content.downloadUrl });
      continue;
    }
    const plain = plainFile.safeParse(attachment);
    if (plain.success && plain.data.contentType !== teamsFileContentType) files.push({ name: plain.data.name, url: plain.data.contentUrl });
  }
  return files;
}
