import { defineMessages } from '../define-messages.js';

/** Greeting, help and the error surface: what every conversation can show. */
export const commonMessages = defineMessages(
  {
    'app.name': 'Tillit',
    'app.tagline': 'Handlingsplanen mot välfärdsbrott och otillåten påverkan, levande mellan nämndens möten.',
    'manifest.fullName': 'Tillit – handlingsplan mot välfärdsbrott och otillåten påverkan',
    'manifest.descriptionShort': 'Påminnelser, status och anonym anmälan för handlingsplanen mot välfärdsbrott.',
    'manifest.descriptionFull':
      'Tillit håller nämndens handlingsplan mot välfärdsbrott och otillåten påverkan levande mellan mötena. Ansvariga för åtgärder får påminnelser i chatten före, på och efter sina tidsgränser – på arbetsdagar och aldrig samma påminnelse två gånger – och rapporterar status direkt i påminnelsen. Medarbetare kan anmäla otillåten påverkan – hot, mutor, påtryckningar – anonymt, utan att något som identifierar dem sparas. Chefer och samordnare får lägesbilden och nämndens statusrapport.',
    'welcome.title': 'Hej {name}! Jag är Tillit.',
    'welcome.titleNoName': 'Hej! Jag är Tillit.',
    'welcome.intro':
      'Jag hjälper er att hålla nämndens handlingsplan mot välfärdsbrott och otillåten påverkan levande mellan mötena.',
    'welcome.point.reminders': 'Jag påminner dig om dina åtgärder: när de startar, {before} dagar före tidsgränsen, på dagen och sedan en gång i veckan så länge en åtgärd är försenad. Bara på arbetsdagar och aldrig samma påminnelse två gånger. Har du nyss rapporterat status hoppar jag över påminnelsen.',
    'welcome.point.status': 'Du rapporterar status direkt i påminnelsen, utan att lämna chatten.',
    'welcome.point.report': 'Du kan anmäla otillåten påverkan – hot, mutor, påtryckningar – anonymt.',
    'welcome.point.overview': 'Chefer och samordnare får lägesbilden och nämndens statusrapport.',
    'welcome.commandsHeading': 'Skriv till mig',
    'welcome.unknownCommand': 'Jag förstod inte riktigt "{text}". Här är vad jag kan hjälpa till med.',
    'welcome.channelHint': 'I en kanal svarar jag bara när du nämner mig med @Tillit.',
    'welcome.switchLanguage': 'In English',
    'command.help.title': 'hjälp',
    'command.help.description': 'Visar det här meddelandet.',
    'error.title': 'Något gick inte som det skulle',
    'error.generic': 'Jag kunde inte göra det just nu. Inget av det du redan sparat har gått förlorat. Försök gärna igen om en stund.',
    'error.reference': 'Referens: {reference}',
    'error.invalid_input': 'Det du skickade gick inte att läsa, så inget har ändrats. Försök igen från ett nytt kort.',
    'error.unknown_action': 'Den här knappen känner jag inte igen – kortet kan vara gammalt. Skriv "hjälp" för att börja om.',
  },
  {
    'app.name': 'Tillit',
    'app.tagline': 'The action plan against welfare crime and undue influence, alive between committee meetings.',
    'manifest.fullName': 'Tillit – action plan against welfare crime and undue influence',
    'manifest.descriptionShort': 'Reminders, status and anonymous reporting for the plan against welfare crime.',
    'manifest.descriptionFull':
      'Tillit keeps the committee’s action plan against welfare crime and undue influence alive between meetings. Measure owners get reminders in chat before, on and after their deadlines – on working days, and never the same reminder twice – and report status right in the reminder. Staff can report undue influence – threats, bribes, pressure – anonymously, with nothing stored that identifies them. Managers and coordinators get the situation overview and the committee’s status report.',
    'welcome.title': 'Hi {name}! I am Tillit.',
    'welcome.titleNoName': 'Hi! I am Tillit.',
    'welcome.intro':
      'I help you keep the committee’s action plan against welfare crime and undue influence alive between meetings.',
    'welcome.point.reminders': 'I remind you of your measures: when they start, {before} days before the deadline, on the day, and then once a week while a measure is overdue. Only on working days, and never the same reminder twice. If you have just reported a status, I skip the reminder.',
    'welcome.point.status': 'You report status right in the reminder, without leaving the chat.',
    'welcome.point.report': 'You can report undue influence – threats, bribes, pressure – anonymously.',
    'welcome.point.overview': 'Managers and coordinators get the situation overview and the committee’s status report.',
    'welcome.commandsHeading': 'Write to me',
    'welcome.unknownCommand': 'I did not quite understand "{text}". Here is what I can help with.',
    'welcome.channelHint': 'In a channel I only answer when you mention me with @Tillit.',
    'welcome.switchLanguage': 'På svenska',
    'command.help.title': 'help',
    'command.help.description': 'Shows this message.',
    'error.title': 'Something went wrong',
    'error.generic': 'I could not do that right now. Nothing you already saved has been lost. Please try again in a moment.',
    'error.reference': 'Reference: {reference}',
    'error.invalid_input': 'What you sent could not be read, so nothing was changed. Please try again from a new card.',
    'error.unknown_action': 'I do not recognise this button – the card may be old. Write "help" to start over.',
  },
);
