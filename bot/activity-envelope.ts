import { z } from 'zod';

/** Deeper JSON than this is no Teams activity (real ones nest about ten levels). */
export const maxActivityDepth = 48;

const text = (max: number) => z.string().max(max).nullish();
const account = z.looseObject({
  id: z.string().min(1).max(1024),
  name: text(1024),
  aadObjectId: text(256),
});
const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/**
 * The shape of an activity Tillit accepts on /api/messages, checked before
 * the Bot Framework SDK sees it: the fields the SDK and Tillit's routes read
 * have the types they expect, and nothing is absurdly large. Anything else
 * is a 400 with an empty body. Unknown fields pass through untouched.
 */
export const activityEnvelopeSchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: text(1024),
    name: text(256),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().max(2048).refine(isHttpUrl),
    conversation: z.looseObject({
      id: z.string().min(1).max(1024),
      conversationType: text(64),
      tenantId: text(256),
      isGroup: z.boolean().nullish(),
    }),
    from: account.nullish(),
    recipient: account.nullish(),
    text: text(100_000),
    textFormat: text(64),
    locale: text(100),
    localTimezone: text(100),
    timestamp: text(64),
    localTimestamp: text(64),
    replyToId: text(1024),
    action: text(64),
    value: z.unknown().optional(),
    entities: z.array(z.looseObject({ type: z.string().max(64) })).max(100).nullish(),
    attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(50).nullish(),
    channelData: z.looseObject({}).nullish(),
    membersAdded: z.array(account).max(1000).nullish(),
    membersRemoved: z.array(account).max(1000).nullish(),
  })
  .refine((activity) => activity.type !== 'invoke' || typeof activity.name === 'string', { path: ['name'] });

export type ActivityEnvelope = z.output<typeof activityEnvelopeSchema>;

/** True when `value` nests no deeper than `max` objects/arrays (walked without recursion). */
export function withinDepth(value: unknown, max: number = maxActivityDepth): boolean {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push({ node: child, depth: depth + 1 });
    }
  }
  return true;
}

/** The activity when its envelope is sound, else undefined (the caller answers 400). */
export function readActivityEnvelope(body: unknown): ActivityEnvelope | undefined {
  if (!withinDepth(body)) return undefined;
  const parsed = activityEnvelopeSchema.safeParse(body);
  return parsed.success ? parsed.data : undefined;
}
