import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StoreSnapshot } from './store';

/** What the development state file holds: the store and how far the clock was moved. */
export interface EmulatorState {
  store: StoreSnapshot;
  clockOffsetSeconds: number;
}

/**
 * Reads the state a previous run saved, so customers and subscriptions survive a restart of `npm start` (the app's
 * database still names them). Missing file: a fresh start. Unreadable or of another version: a fresh start too,
 * reported through `onProblem`, never a crash.
 */
export function readEmulatorState(file: string, onProblem: (message: string) => void): EmulatorState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') onProblem(`cannot read ${file}: ${(error as Error).message}`);
    return undefined;
  }
  try {
    const state = JSON.parse(text) as EmulatorState;
    if (state?.store?.version !== 1) throw new Error('unknown format');
    return state;
  } catch (error) {
    onProblem(`ignoring ${file} (${(error as Error).message}): the emulator starts empty`);
    return undefined;
  }
}

/** Writes the whole state to a temporary file and renames it over the old one, so a crash never leaves half a file. */
export function writeEmulatorState(file: string, state: EmulatorState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state), { mode: 0o600 });
  renameSync(temporary, file);
}
