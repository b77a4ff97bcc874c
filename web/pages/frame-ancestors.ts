/**
 * The one list of hosts that may show Tillit's pages in a frame: Teams (web,
 * desktop, mobile), Outlook and the Microsoft 365 app, by their exact
 * origins as Microsoft documents them for tabs — no wildcards, so no other
 * site under office.com or cloud.microsoft can frame a page and trick a
 * click. A client that is missing here is added here, and every page
 * follows.
 */
export const teamsFrameHosts: readonly string[] = [
  // Teams
  'https://teams.microsoft.com',
  'https://teams.cloud.microsoft',
  // Microsoft 365 app
  'https://www.microsoft365.com',
  'https://m365.cloud.microsoft',
  'https://www.office.com',
  // Outlook
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://outlook.cloud.microsoft',
];
