import { verbs } from '../../cards/verbs.js';
import { chatCommands } from '../../src/chat/commands.js';
import { cardInvoke, messageActivity, installationUpdate, botMembershipUpdate, type TestUser } from './activities.js';
import { builtinNames } from './builtin-names.js';

/** One request to /api/messages: the raw body and its content type. */
export interface Probe {
  family: string;
  body: string;
  contentType: string;
}

/** A small deterministic PRNG (mulberry32), so a failing run can be replayed from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzContext {
  random: () => number;
  serviceUrl: string;
  /** Senders: owners, readers and strangers, known to the fake connector. */
  users: readonly TestUser[];
  /** Ids the data of real verbs may name (measures, plans), besides made-up ones. */
  knownIds: readonly string[];
}

const json = (value: unknown): Probe['body'] => JSON.stringify(value);
const probe = (family: string, value: unknown): Probe => ({ family, body: json(value), contentType: 'application/json' });

function pick<T>(ctx: FuzzContext, list: readonly T[]): T {
  return list[Math.floor(ctx.random() * list.length)]!;
}

function deep(levels: number): unknown {
  let node: unknown = 'bottom';
  for (let i = 0; i < levels; i++) node = i % 2 ? [node] : { d: node };
  return node;
}

/** Values of every wrong or odd kind, for any field. */
function oddValues(ctx: FuzzContext): unknown[] {
  return [
    null,
    true,
    0,
    -1,
    1e308,
    '',
    ' ',
    '\u0000',
    '\u202e\u200b',
    '💥'.repeat(50),
    'x'.repeat(5000),
    [],
    [1, 'a', null],
    {},
    { id: {} },
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    'constructor',
    '__proto__',
    "'; drop table people; --",
    '<script>alert(1)</script>',
    '${process.env}',
    '../../../../etc/passwd',
    ctx.serviceUrl,
    deep(10),
  ];
}

const envelopeFields = [
  'type',
  'id',
  'name',
  'channelId',
  'serviceUrl',
  'conversation',
  'from',
  'recipient',
  'text',
  'locale',
  'localTimezone',
  'timestamp',
  'replyToId',
  'value',
  'entities',
  'attachments',
  'channelData',
  'membersAdded',
  'membersRemoved',
  'action',
];

function baseActivity(ctx: FuzzContext): Record<string, unknown> {
  const user = pick(ctx, ctx.users);
  const kind = Math.floor(ctx.random() * 6);
  if (kind === 0) return cardInvoke(user, pick(ctx, Object.values(verbs)), {}, ctx.serviceUrl);
  if (kind === 1) return installationUpdate(user, ctx.random() < 0.5 ? 'add' : 'remove', ctx.serviceUrl);
  if (kind === 2) return botMembershipUpdate(user, ctx.random() < 0.5 ? 'added' : 'removed', ctx.serviceUrl);
  if (kind === 3) return { ...messageActivity(user, '', ctx.serviceUrl), type: pick(ctx, ['typing', 'event', 'messageReaction', 'endOfConversation', 'messageUpdate', 'messageDelete', 'conversationUpdate', 'trace', 'handoff', 'x']) };
  return messageActivity(user, pick(ctx, ['hej', 'status', 'mina åtgärder', 'anmäl', 'hjälp', '2.3 klar']), ctx.serviceUrl);
}

/** Every inherited JavaScript name as a verb (submit and invoke), a command and a locale; every other one as a data key. */
export function builtinNameProbes(ctx: FuzzContext): Probe[] {
  const out: Probe[] = [];
  for (const name of builtinNames()) {
    const user = pick(ctx, ctx.users);
    out.push(probe('builtin:submit-verb', messageActivity(user, '', ctx.serviceUrl, { value: { verb: name, [name]: name } })));
    out.push(probe('builtin:invoke-verb', cardInvoke(user, name, { [name]: name }, ctx.serviceUrl)));
    out.push(probe('builtin:command', messageActivity(user, ctx.random() < 0.5 ? name : `status ${name}`, ctx.serviceUrl)));
    out.push(probe('builtin:locale', { ...messageActivity(user, 'hjälp', ctx.serviceUrl), locale: name }));
    if (out.length % 2 === 0) out.push(probe('builtin:data-key', cardInvoke(user, pick(ctx, Object.values(verbs)), { [name]: pick(ctx, ctx.knownIds), measureId: name, locale: name, page: name }, ctx.serviceUrl)));
  }
  return out;
}

/** One envelope field replaced by an odd value, or a few fields dropped. */
export function envelopeProbes(ctx: FuzzContext, count: number): Probe[] {
  const out: Probe[] = [];
  const odd = oddValues(ctx);
  for (let i = 0; i < count; i++) {
    const activity = baseActivity(ctx);
    if (ctx.random() < 0.7) {
      // Mostly the fields the SDK and the routes read first, whose type matters most.
      const field = ctx.random() < 0.6 ? pick(ctx, ['type', 'serviceUrl', 'conversation', 'from', 'channelId', 'text', 'entities', 'name']) : pick(ctx, envelopeFields);
      activity[field] = pick(ctx, odd);
      out.push(probe('envelope:wrong-type', activity));
    } else {
      for (let k = 0; k < 1 + Math.floor(ctx.random() * 4); k++) delete activity[pick(ctx, envelopeFields)];
      out.push(probe('envelope:missing', activity));
    }
  }
  return out;
}

/** Every real verb with data of wrong types, made-up ids and odd keys. */
export function verbDataProbes(ctx: FuzzContext, perVerb: number): Probe[] {
  const out: Probe[] = [];
  const odd = oddValues(ctx);
  const keys = ['measureId', 'measureIds', 'planId', 'plan', 'area', 'page', 'locale', 'status', 'comment', 'forecastDate', 'indicator-0', 'onBehalfOf', 'nonce', 'basedOnSeq', 'submissionKey', 'reference', 'code', 'units', 'emails', 'verb', 'data'];
  for (const verb of Object.values(verbs)) {
    for (let i = 0; i < perVerb; i++) {
      const data: Record<string, unknown> = {};
      for (let k = 0; k < 1 + Math.floor(ctx.random() * 5); k++) data[pick(ctx, keys)] = ctx.random() < 0.4 ? pick(ctx, ctx.knownIds) : pick(ctx, odd);
      const user = pick(ctx, ctx.users);
      out.push(
        ctx.random() < 0.5
          ? probe('verb-data:invoke', cardInvoke(user, verb, data, ctx.serviceUrl, ctx.random() < 0.5 ? 'card-1' : undefined))
          : probe('verb-data:submit', messageActivity(user, '', ctx.serviceUrl, { value: { ...data, verb }, replyToId: 'card-1' })),
      );
    }
  }
  return out;
}

/** Commands with odd rest text, free-text status replies and junk, in personal chats and channels. */
export function textProbes(ctx: FuzzContext, count: number): Probe[] {
  const triggers = chatCommands.flatMap((c) => [...c.triggers.sv, ...c.triggers.en]);
  const rests = ['', ' 2.3', ' 99.99', ' constructor', ' __proto__', ' <at>Tillit</at>', ' ' + 'å'.repeat(3000), ' %s%s%n', ' \u202e', ' 2.3 klar till 31 februari', ' klar', ' försenad till toString'];
  const out: Probe[] = [];
  for (let i = 0; i < count; i++) {
    const user = pick(ctx, ctx.users);
    const text = ctx.random() < 0.7 ? pick(ctx, triggers) + pick(ctx, rests) : pick(ctx, ['2.3 klar', '1.1 på gång', 'klar', 'åtgärd 2.3 försenad till mars', 'vad blir det till lunch', 'hej'.repeat(500)]);
    const scope = ctx.random() < 0.2 ? { kind: 'channel' as const, teamId: '19:fuzz-team', channelId: '19:fuzz@thread.tacv2' } : undefined;
    out.push(probe('text', messageActivity(user, text, ctx.serviceUrl, scope ? { scope, mention: ctx.random() < 0.7 } : {})));
  }
  return out;
}

/** Huge and deep payloads, and bodies that are no activity at all. */
export function sizeAndRawProbes(ctx: FuzzContext): Probe[] {
  const out: Probe[] = [];
  const user = () => pick(ctx, ctx.users);
  for (const size of [1_000, 50_000, 200_000, 400_000, 600_000]) {
    out.push(probe('huge:text', messageActivity(user(), 'x'.repeat(size), ctx.serviceUrl)));
    out.push(probe('huge:value', messageActivity(user(), '', ctx.serviceUrl, { value: { verb: verbs.showHelp, blob: 'y'.repeat(size) } })));
    out.push(probe('huge:invoke', cardInvoke(user(), verbs.statusSubmit, { comment: 'z'.repeat(size), measureId: pick(ctx, ctx.knownIds) }, ctx.serviceUrl)));
  }
  // Written as text: JSON.stringify itself cannot nest this deep.
  const deepText = (levels: number) => `${'{"d":['.repeat(levels)}"bottom"${']}'.repeat(levels)}`;
  const withDeep = (family: string, activity: unknown, levels: number): Probe => ({
    family,
    body: json(activity).replace('"__DEEP__"', deepText(levels)),
    contentType: 'application/json',
  });
  for (const levels of [3, 10, 20, 23, 24, 30, 250, 2500, 50_000]) {
    out.push(withDeep('deep:value', messageActivity(user(), '', ctx.serviceUrl, { value: { verb: verbs.showHelp, nested: '__DEEP__' } }), levels));
    out.push(withDeep('deep:channelData', { ...messageActivity(user(), 'hej', ctx.serviceUrl), channelData: '__DEEP__' }, levels));
  }
  out.push(probe('huge:entities', { ...messageActivity(user(), 'hej', ctx.serviceUrl), entities: Array.from({ length: 5000 }, () => ({ type: 'mention', text: 'x' })) }));
  out.push(probe('huge:keys', { ...messageActivity(user(), 'hej', ctx.serviceUrl), channelData: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])) }));
  out.push(probe('huge:members', { ...botMembershipUpdate(user(), 'added', ctx.serviceUrl), membersAdded: Array.from({ length: 900 }, (_, i) => ({ id: `29:m${i}` })) }));
  const raws: Array<[string, string]> = [
    ['', 'application/json'],
    ['{', 'application/json'],
    ['{"type":"message",', 'application/json'],
    ['[]', 'application/json'],
    ['"message"', 'application/json'],
    ['null', 'application/json'],
    ['123', 'application/json'],
    ['{"type":"message"}', 'text/plain'],
    ['type=message', 'application/x-www-form-urlencoded'],
    ['\u0000\u0001\u0002', 'application/json'],
    ['{"type":"message","text":"\\ud800"}', 'application/json'],
    [`{"a":${'['.repeat(100_000)}`, 'application/json'],
    [`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 'application/json'],
    ['{"__proto__":{"type":"message"}}', 'application/json'],
    ['{"type":"message"}'.padEnd(20_000, ' '), 'application/json; charset=utf-16'],
  ];
  for (const [body, contentType] of raws) out.push({ family: 'raw', body, contentType });
  return out;
}
