#!/usr/bin/env node
import dotenv from 'dotenv';
import { processIo } from './cli-io.js';
import { describeCliError } from './describe-error.js';
import { buildProgram } from './program.js';
import { CommanderError } from 'commander';

dotenv.config({ quiet: true });
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
