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
  },
  {
    id: 'committee-report',
    triggers: { sv: ['rapport', 'rapport till nämnden', 'statusrapport'], en: ['report', 'committee report', 'status report'] },
    titleKey: 'command.committeeReport.title',
    descriptionKey: 'command.committeeReport.description',
    scopes: ['personal', 'team', 'groupChat'],
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

/** Lower-cases, trims and drops trailing punctuation and "@Tillit" leftovers. */
export function normaliseCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[!?.,;:]+$/u, '')
    .trim()
    .toLowerCase();
}

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
      const matches = normalised === trigger || normalised.startsWith(`${trigger} `);
      if (matches && (!best || trigger.length > best.trigger.length)) best = { command, trigger };
    }
  }
  if (!best) return undefined;
  return { command: best.command, rest: normalised.slice(best.trigger.length).trim() };
}
