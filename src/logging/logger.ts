import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

/**
 * Fields that must never reach a log line, whatever a caller passes by
 * mistake: message text, identities of people and network details.
 */
export const redactedPaths = [
  'text',
  '*.text',
  'body',
  '*.body',
  'headers',
  '*.headers',
  'ip',
  '*.ip',
  'remoteAddress',
  '*.remoteAddress',
  'userAgent',
  '*.userAgent',
  'email',
  '*.email',
  'upn',
  '*.upn',
  'name',
  '*.name',
  'aadObjectId',
  '*.aadObjectId',
  'conversationId',
  '*.conversationId',
];

/**
 * Structured JSON logs (pino). Log codes, counts and opaque ids such as an
 * activity id; never message text or anything that identifies a person.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'tillit' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** A logger that writes nothing; for tests and quiet CLI commands. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
