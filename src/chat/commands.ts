import type { MessageKey } from '../i18n/catalogue.js';

/** Where in Teams a command makes sense (mirrors the manifest's scopes). */
export type CommandScope = 'personal' | 'team' | 'groupChat';

/** Every command's id; each has a handler in bot/routes/index.ts (checked by the compiler). */
export type CommandId = 'myMeasures' | 'status' | 'committee-report' | 'report-influence' | 'owners' | 'open-plan' | 'help';

/** A command a person can type to Tillit (`Id` is wider only in tests of the recogniser). */
export interface ChatCommand<Id extends string = CommandId> {
  id: Id;
  /** Words that start the command, lower case; the first Swedish one is canonical. */
  triggers: { sv: readonly string[]; en: readonly string[] };
  titleKey: MessageKey;
  descriptionKey: MessageKey;
  scopes: readonly CommandScope[];
  /**
   * Handled without a trace of who asked: the message route neither stores
   * the sender nor their conversation for it (e.g. "anmäl").
   */
  anonymous?: boolean;
  /**
   * Reads the words after its trigger ("status 2.3"). A command that does
   * not ("hej", "mina åtgärder") and has words after it may be a status
   * reply that starts with a greeting ("Hej, vi är klara med 2.1").
   */
  takesArguments?: boolean;
}

/**
 * Every command Tillit understands. The welcome card, the manifest's command
 * list and the message router all read this one list; features add theirs.
 * The order is what people see: an owner's own measures first, help last
 * (matching does not depend on it: the longest trigger wins).
 */
export const chatCommands: readonly ChatCommand[] = [
  {
    id: 'myMeasures',
    triggers: { sv: ['mina åtgärder', 'mina åtaganden'], en: ['my measures', 'my actions'] },
    titleKey: 'command.myMeasures.title',
    descriptionKey: 'command.myMeasures.description',
    scopes: ['personal'],
  },
  {
    id: 'status',
    triggers: {
      sv: ['status', 'läget', 'status handlingsplan', 'status handlingsplanen', 'lägesbild', 'hur går det med handlingsplanen', 'hur går det med planen'],
      en: ['plan status', 'how is the plan going', 'situation'],
    },
    titleKey: 'command.status.title',
    descriptionKey: 'command.status.description',
    scopes: ['personal', 'team', 'groupChat'],
    takesArguments: true,
  },
  {
    id: 'committee-report',
    triggers: { sv: ['rapport', 'rapport till nämnden', 'statusrapport'], en: ['report', 'committee report', 'status report'] },
    titleKey: 'command.committeeReport.title',
    descriptionKey: 'command.committeeReport.description',
    scopes: ['personal', 'team', 'groupChat'],
    takesArguments: true,
  },
  {
    id: 'report-influence',
    triggers: { sv: ['anmäl', 'anmäla', 'anmäl påverkan', 'rapportera påverkan'], en: ['report influence', 'report undue influence'] },
    titleKey: 'command.reportInfluence.title',
    descriptionKey: 'command.reportInfluence.description',
    scopes: ['personal', 'team', 'groupChat'],
    anonymous: true,
  },
  {
    id: 'owners',
    triggers: { sv: ['ansvariga', 'saknar mottagare'], en: ['owners', 'missing owners'] },
    titleKey: 'command.owners.title',
    descriptionKey: 'command.owners.description',
    scopes: ['personal'],
  },
  {
    id: 'open-plan',
    triggers: { sv: ['visa läget här', 'koppla handlingsplanen hit'], en: ['show status here'] },
    titleKey: 'command.openPlan.title',
    descriptionKey: 'command.openPlan.description',
    scopes: ['team', 'groupChat'],
  },
  {
    id: 'help',
    triggers: { sv: ['hjälp', 'hej', 'hallå', 'meny'], en: ['help', 'hi', 'hello', 'menu'] },
    titleKey: 'command.help.title',
    descriptionKey: 'command.help.description',
    scopes: ['personal', 'team', 'groupChat'],
  },
];

/** Invisible format characters (zero-width space and joiner, soft hyphen, BOM) that copy-paste and phones leave in text. */
const invisible = /\p{Cf}/gu;
/** A character people put around a command that is not part of it: punctuation, quotes, emoji, symbols, space. */
const noiseChar = /^[\p{P}\p{S}\p{M}\s]$/u;
/** An emoticon with a letter (" :D", " ;-p"), which is not punctuation alone. */
const letterEmoticon = /\s[:;=][-']?[dDpP]$/u;
const leadingNoise = /^[\p{P}\p{S}\p{M}\s]+/u;

/**
 * Drops trailing noise by walking back from the end, one character at a
 * time: linear in the text, however long a run of "!!!…" a message has
 * (a regular expression with nested repetition would backtrack exponentially).
 */
function trimTrailingNoise(text: string): string {
  const chars = [...text];
  let end = chars.length;
  for (;;) {
    while (end > 0 && noiseChar.test(chars[end - 1]!)) end--;
    const emoticon = letterEmoticon.exec(chars.slice(Math.max(0, end - 4), end).join(''));
    if (!emoticon) break;
    end -= [...emoticon[0]].length;
  }
  return chars.slice(0, end).join('');
}

/**
 * Lower-cases, trims and drops what people add around a command: mention
 * tags and a typed "@Tillit", quotes, a leading "/", trailing punctuation
 * ("status?", "STATUS!!", "status…"), emoji and emoticons ("status 🙂",
 * "hjälp :)"), invisible characters and odd spaces (non-breaking, tabs).
 * Text is composed first (NFC), so a decomposed "å" from a Mac matches.
 */
export function normaliseCommandText(text: string): string {
  const collapsed = text
    .normalize('NFC')
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(invisible, '')
    .replace(/\s+/g, ' ');
  return trimTrailingNoise(collapsed)
    .replace(leadingNoise, '')
    .replace(/^tillit\b[\s,:]*/iu, '')
    .trim()
    .toLowerCase();
}

/** Between a trigger and its arguments: a space, or punctuation such as "status: 2.3", "status, 2.3". */
const afterTrigger = /^[\s,:;–—-]+/u;

/** A recognised command and the text after its trigger ("status 2.3" → "2.3"). */
export interface RecognisedCommand<C extends ChatCommand<string> = ChatCommand> {
  command: C;
  rest: string;
}

/**
 * Finds the command a message starts with, in either language, preferring
 * the longest trigger so "status handlingsplan" beats "status".
 */
export function recogniseCommand<C extends ChatCommand<string> = ChatCommand>(
  text: string,
  commands: readonly C[] = chatCommands as readonly ChatCommand[] as readonly C[],
): RecognisedCommand<C> | undefined {
  const normalised = normaliseCommandText(text);
  let best: { command: C; trigger: string } | undefined;
  for (const command of commands) {
    for (const trigger of [...command.triggers.sv, ...command.triggers.en]) {
      const matches = normalised === trigger || (normalised.startsWith(trigger) && afterTrigger.test(normalised.slice(trigger.length)));
      if (matches && (!best || trigger.length > best.trigger.length)) best = { command, trigger };
    }
  }
  if (!best) return undefined;
  return { command: best.command, rest: normalised.slice(best.trigger.length).replace(afterTrigger, '').trim() };
}
