import { defineMessages } from '../define-messages.js';

/** The public pages the Teams app links to: about, privacy and terms of use. */
export const infoPageMessages = defineMessages(
  {
    'info.nav.about': 'Om Tillit',
    'info.nav.privacy': 'Integritet',
    'info.nav.terms': 'Villkor',
    'info.nav.report': 'Anmäl påverkan',
    'info.nav.otherLanguage': 'In English',

    'info.about.title': 'Om Tillit',
    'info.about.lead': 'Tillit är kommunens hjälp i Teams för att hålla handlingsplanen mot välfärdsbrott och otillåten påverkan levande mellan nämndens möten.',
    'info.about.remindersTitle': 'Påminnelser i rätt tid',
    'info.about.reminders': 'Den som ansvarar för en åtgärd får påminnelser i Teams: när åtgärden startar, {before} dagar före sista datum, på dagen och sedan en gång i veckan så länge åtgärden är försenad. Efter {escalationWeeks} veckors försening får planens samordnare veta. Påminnelser kommer bara på arbetsdagar under arbetstid, och samma påminnelse skickas aldrig två gånger. Har du nyss rapporterat status får du vara i fred. När planen har slutat gälla upphör påminnelserna, och samordnaren får ett sista besked. Varje plan kan ha egna regler.',
    'info.about.statusTitle': 'Status direkt i chatten',
    'info.about.status': 'Du rapporterar direkt i påminnelsen: välj status, skriv en kommentar och skicka. Du kan också svara med egna ord, till exempel "klar"; Tillit visar då vad den uppfattade innan något sparas. Historiken sparas och går inte att skriva över.',
    'info.about.reportTitle': 'Anonym anmälan av otillåten påverkan',
    'info.about.report': 'Den som har utsatts för hot, mutförsök eller annan påverkan i tjänsten kan berätta det utan att säga vem hen är. Formuläret kräver ingen inloggning och sparar inget som pekar ut dig.',
    'info.about.overviewTitle': 'Lägesbild för chefer och nämnd',
    'info.about.overview': 'Chefer och samordnare frågar "status" och får planens läge per målområde, vad som är försenat och vad som närmar sig – och rapporten till nämnden som Word eller Excel.',
    'info.about.start': 'Skriv "hej" till Tillit i Teams så visar den vad du kan göra.',

    'info.privacy.title': 'Så hanterar Tillit personuppgifter',
    'info.privacy.lead': 'Kommunen som använder Tillit är personuppgiftsansvarig. Frågor om dina uppgifter ställer du till kommunens dataskyddsombud.',
    'info.privacy.directoryTitle': 'För att kunna nå dig i Teams',
    'info.privacy.directory':
      'När Tillit installeras hos dig sparas ditt namn, din e-postadress och ditt användarnamn, dina Teams- och Entra-id, en referens till chatten med Tillit, ditt språk och din tidszon. Det behövs för att påminnelser ska nå rätt person i rätt tid. Avinstallerar du appen eller blockerar boten markeras du som inte nåbar; inga fler meddelanden skickas.',
    'info.privacy.statusTitle': 'Statusrapporter',
    'info.privacy.status':
      'En statusrapport sparas med vem som lämnade den, när och vad som ändrades, eftersom den är en del av planens uppföljning. Historiken skrivs aldrig över. Uppföljningen kan bli allmän handling när den redovisas för nämnden.',
    'info.privacy.anonymousTitle': 'Anonyma anmälningar',
    'info.privacy.anonymous':
      'För en anonym anmälan sparas inte ditt namn, din e-post, ditt Teams-konto, din IP-adress, din webbläsare eller klockslaget – bara dagen. Texten sparas krypterad, och i Tillit kan bara kommunens rapportmottagare läsa den. Kvittokoden sparas bara i en form som inte går att räkna tillbaka. En avslutad anmälan raderas helt {days, plural, one {# dag} other {# dagar}} efter att den avslutades.',
    'info.privacy.namedTitle': 'Namngivna anmälningar',
    'info.privacy.named': 'Väljer du en namngiven anmälan i chatten sparas vem du är med avsikt, så att du kan få stöd. Den visas bara för rapportmottagarna.',
    'info.privacy.logsTitle': 'Loggar',
    'info.privacy.logs': 'Tillits driftloggar innehåller aldrig vad någon har skrivit, och inga IP-adresser.',
    'info.privacy.rights':
      'Du har rätt att få veta vilka uppgifter om dig som behandlas, att få fel rättade och, i vissa fall, att få uppgifter raderade. Vänd dig till kommunen. Du kan också klaga hos Integritetsskyddsmyndigheten (IMY).',

    'info.terms.title': 'Villkor för att använda Tillit',
    'info.terms.purpose': 'Tillit är ett arbetsverktyg för kommunens uppföljning av handlingsplanen mot välfärdsbrott och otillåten påverkan. Använd det för det ändamålet.',
    'info.terms.truth': 'Lämna statusrapporter och anmälningar så korrekt du kan. Uppgifter i uppföljningen kan redovisas för nämnden.',
    'info.terms.emergency': 'Den anonyma kanalen är inte till för akuta lägen. Är någon i fara – ring 112. Vill du anmäla ett brott kan du också vända dig till polisen.',
    'info.terms.protection':
      'Tillit skyddar det du skriver i formuläret, men arbetsdatorn och kommunens nätverk kan registrera vilka sidor du besöker. Starkast skydd får du med en privat enhet utanför kommunens nätverk.',
    'info.terms.misuse': 'Medvetet falska anmälningar eller försök att ta reda på vem som har anmält något är inte tillåtet.',
  },
  {
    'info.nav.about': 'About Tillit',
    'info.nav.privacy': 'Privacy',
    'info.nav.terms': 'Terms',
    'info.nav.report': 'Report undue influence',
    'info.nav.otherLanguage': 'På svenska',

    'info.about.title': 'About Tillit',
    'info.about.lead': "Tillit is the municipality's helper in Teams that keeps the action plan against welfare crime and undue influence alive between committee meetings.",
    'info.about.remindersTitle': 'Reminders at the right time',
    'info.about.reminders': 'Whoever owns a measure gets reminders in Teams: when the measure starts, {before} days before the deadline, on the day, and then once a week while it is overdue. After {escalationWeeks} weeks overdue, the plan’s coordinator is told. Reminders come only on working days in working hours, and the same reminder is never sent twice. If you have just reported a status, you are left in peace. When the plan has ended, the reminders stop and the coordinator gets a final notice. Each plan may have its own rules.',
    'info.about.statusTitle': 'Status right in the chat',
    'info.about.status': 'You report right in the reminder: choose a status, write a comment and send. You can also answer in your own words, such as "done"; Tillit then shows what it understood before anything is saved. The history is kept and cannot be overwritten.',
    'info.about.reportTitle': 'Anonymous reports of undue influence',
    'info.about.report': 'Anyone threatened, offered a bribe or otherwise pressured at work can tell without saying who they are. The form needs no sign-in and stores nothing that points to you.',
    'info.about.overviewTitle': 'The situation for managers and the committee',
    'info.about.overview': 'Managers and coordinators ask "status" and get the plan per goal area, what is late and what is coming up – and the committee report as Word or Excel.',
    'info.about.start': 'Write "hello" to Tillit in Teams and it shows what you can do.',

    'info.privacy.title': 'How Tillit handles personal data',
    'info.privacy.lead': "The municipality using Tillit is the data controller. Ask the municipality's data protection officer about your data.",
    'info.privacy.directoryTitle': 'To reach you in Teams',
    'info.privacy.directory':
      'When Tillit is installed for you, it stores your name, your e-mail address and user name, your Teams and Entra ids, a reference to your chat with Tillit, your language and your time zone, so that reminders reach the right person at the right time. If you uninstall the app or block the bot, you are marked unreachable and no further messages are sent.',
    'info.privacy.statusTitle': 'Status reports',
    'info.privacy.status':
      "A status report is stored with who gave it, when and what changed, because it is part of the plan's follow-up. The history is never overwritten. The follow-up may become a public record when it is presented to the committee.",
    'info.privacy.anonymousTitle': 'Anonymous reports',
    'info.privacy.anonymous':
      "An anonymous report does not store your name, e-mail, Teams account, IP address, browser or the time of day – only the day. The text is stored encrypted, and in Tillit only the municipality's report handlers can read it. The receipt code is stored only in a form that cannot be reversed. A closed report is deleted completely {days, plural, one {# day} other {# days}} after it was closed.",
    'info.privacy.namedTitle': 'Named reports',
    'info.privacy.named': 'If you choose a named report in the chat, who you are is kept on purpose so that you can get support. Only the report handlers see it.',
    'info.privacy.logsTitle': 'Logs',
    'info.privacy.logs': "Tillit's operational logs never contain what anyone wrote, and no IP addresses.",
    'info.privacy.rights':
      'You have the right to know which data about you is processed, to have errors corrected and, in some cases, to have data erased. Contact the municipality. You can also complain to the Swedish Authority for Privacy Protection (IMY).',

    'info.terms.title': 'Terms of use',
    'info.terms.purpose': "Tillit is a work tool for the municipality's follow-up of the action plan against welfare crime and undue influence. Use it for that purpose.",
    'info.terms.truth': 'Give status reports and reports as accurately as you can. Follow-up data may be presented to the committee.',
    'info.terms.emergency': 'The anonymous channel is not for emergencies. If someone is in danger, call 112. To report a crime you can also contact the police.',
    'info.terms.protection':
      'Tillit protects what you write in the form, but the work computer and the municipal network may record which pages you visit. A private device outside the municipal network gives the strongest protection.',
    'info.terms.misuse': 'Knowingly false reports, or attempts to find out who reported something, are not allowed.',
  },
);
