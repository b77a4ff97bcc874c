import { reminderPromise } from '../src/reminders/reminder-promise.js';
import { translator } from '../src/i18n/catalogue.js';
import type { Locale } from '../src/i18n/locale.js';
import type { ChatCommand } from '../src/chat/commands.js';
import { adaptiveCard, executeAction, factSet, heading, textBlock, type AdaptiveCard } from './adaptive-card.js';
import { verbs } from './verbs.js';

/** What the welcome card needs to know. */
export interface WelcomeView {
  /** The person's first name, when Teams told us. */
  firstName?: string;
  /** The text we did not understand, echoed back (shortened). */
  unknownText?: string;
  /** True in a team channel or group chat, where @mention is required. */
  inSharedConversation: boolean;
  commands: readonly ChatCommand[];
}

/**
 * The greeting for "hej", "hjälp", installs and anything not understood:
 * what Tillit does and which commands it takes.
 */
export function welcomeCard(view: WelcomeView, locale: Locale): AdaptiveCard {
  const tr = translator(locale);
  const title = view.firstName ? tr('welcome.title', { name: view.firstName }) : tr('welcome.titleNoName');
  const body = [
    ...(view.unknownText !== undefined
      ? [textBlock(tr('welcome.unknownCommand', { text: shorten(view.unknownText, 60) }), { isSubtle: true })]
      : []),
    heading(title),
    textBlock(tr('welcome.intro')),
    textBlock(
      [
        `- ${tr('welcome.point.reminders', reminderPromise(locale))}`,
        `- ${tr('welcome.point.status')}`,
        `- ${tr('welcome.point.report')}`,
        `- ${tr('welcome.point.overview')}`,
      ].join('\n'),
    ),
    textBlock(tr('welcome.commandsHeading'), { weight: 'Bolder', spacing: 'Medium' }),
    factSet(commandsHere(view).map((c) => [`**${tr(c.titleKey)}**`, tr(c.descriptionKey)] as const)),
    ...(view.inSharedConversation ? [textBlock(tr('welcome.channelHint'), { isSubtle: true, size: 'Small' })] : []),
  ];
  const other = locale === 'sv' ? 'en' : 'sv';
  const actions = [executeAction(tr('welcome.switchLanguage'), verbs.setLanguage, { locale: other })];
  return adaptiveCard(body, actions, { fallbackText: `${title} ${tr('welcome.intro')}` });
}

/** Only the commands that work where the card is shown (no "visa läget här" in a personal chat). */
function commandsHere(view: WelcomeView): readonly ChatCommand[] {
  return view.commands.filter((c) => (view.inSharedConversation ? c.scopes.includes('team') || c.scopes.includes('groupChat') : c.scopes.includes('personal')));
}

function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
