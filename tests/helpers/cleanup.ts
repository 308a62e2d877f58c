// Vitest setup file (vitest.config.ts): after each test file, remove the temporary PYAOT_HOME
// its pyaot runs used.
import { afterAll } from 'vitest';
import { removeDefaultHome } from './pyaot.js';

afterAll(() => removeDefaultHome());
