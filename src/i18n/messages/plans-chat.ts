import { defineMessages } from '../define-messages.js';

/** The "ansvariga" command and its card: units without recipients, assigning people by e-mail. */
export const planChatMessages = defineMessages(
  {
    'command.owners.title': 'ansvariga',
    'command.owners.description': 'Samordnare: visar ansvariga enheter som saknar mottagare och kopplar personer till dem.',
    'owners.card.title': 'Ansvariga som saknar mottagare',
    'owners.card.plans': 'Du samordnar: {plans}.',
    'owners.card.notCoordinator':
      'Du är inte samordnare för någon plan i Tillit, så här finns inget att visa. Be den som sköter Tillit att ge dig rollen som samordnare för planen.',
    'owners.card.allCovered': 'Alla ansvariga enheter har minst en mottagare. Påminnelserna når fram.',
    'owners.card.intro': 'De här enheterna är ansvariga för åtgärder men ingen person är kopplad till dem, så ingen får påminnelser om åtgärderna:',
    'owners.card.unitMeasures': 'Åtgärd {codes} i {plan}',
    'owners.card.more': '… och {count, plural, one {# enhet} other {# enheter}} till. Den som sköter Tillit kan ta fram hela listan.',
    'owners.card.unitLabel': 'Enhet',
    'owners.card.emailsLabel': 'E-post (samma som i Teams); flera åtskilda med komma',
    'owners.card.emailsPlaceholder': 'fornamn.efternamn@kommun.se',
    'owners.card.emailsError': 'Skriv minst en e-postadress.',
    'owners.card.unitError': 'Välj en enhet.',
    'owners.card.assign': 'Koppla',
    'owners.card.refresh': 'Uppdatera',
    'owners.card.assigned': 'Klart: {emails} tar nu emot för {unit}. De kopplas till sina Teams-konton när de öppnar Tillit.',
    'owners.card.invalidEmails': 'Inget ändrades: "{text}" är ingen e-postadress.',
    'owners.card.personalOnly': 'Ansvariga och mottagare sköter du i en personlig chatt med mig: skriv "ansvariga" där.',
  },
  {
    'command.owners.title': 'owners',
    'command.owners.description': 'Coordinators: shows responsible units that have no recipient and connects people to them.',
    'owners.card.title': 'Owners without recipients',
    'owners.card.plans': 'You coordinate: {plans}.',
    'owners.card.notCoordinator':
      'You are not a coordinator of any plan in Tillit, so there is nothing to show here. Ask whoever runs Tillit to make you a coordinator of the plan.',
    'owners.card.allCovered': 'Every responsible unit has at least one recipient. The reminders will reach someone.',
    'owners.card.intro': 'These units are responsible for measures but nobody is connected to them, so nobody gets reminders about the measures:',
    'owners.card.unitMeasures': 'Measure {codes} in {plan}',
    'owners.card.more': '… and {count, plural, one {# more unit} other {# more units}}. Whoever runs Tillit can show the whole list.',
    'owners.card.unitLabel': 'Unit',
    'owners.card.emailsLabel': 'E-mail (the same as in Teams); several separated by commas',
    'owners.card.emailsPlaceholder': 'firstname.lastname@municipality.se',
    'owners.card.emailsError': 'Write at least one e-mail address.',
    'owners.card.unitError': 'Choose a unit.',
    'owners.card.assign': 'Connect',
    'owners.card.refresh': 'Refresh',
    'owners.card.assigned': 'Done: {emails} now receive for {unit}. They are linked to their Teams accounts when they open Tillit.',
    'owners.card.invalidEmails': 'Nothing changed: "{text}" is not an e-mail address.',
    'owners.card.personalOnly': 'Owners and recipients are handled in a personal chat with me: write "owners" there.',
  },
);
