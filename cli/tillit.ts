#!/usr/bin/env node
import dotenv from 'dotenv';
import { processIo } from './cli-io.js';
import { describeCliError } from './describe-error.js';
import { buildProgram } from './program.js';
import { CommanderError } from 'commander';

dotenv.config({ quiet: true });
// Output piped into a program that stops reading (`tillit plan show X | head`) ends quietly, without a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}
const io = processIo();
try {
  await buildProgram(io).parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError && ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code)) {
    process.exitCode = error.exitCode;
  } else {
    const { line, exitCode } = describeCliError(io, error);
    io.err(line);
    process.exitCode = exitCode;
  }
}
