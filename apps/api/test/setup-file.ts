/**
 * Runs before each test file. The files of a worker share their modules (vitest.config.ts,
 * `isolate: false`: importing the app once per worker instead of once per file more than halves
 * the suite's CPU time), so what a module keeps between calls is put back as a fresh process has it.
 * Module-level state of the API: the indicator sources (registered by createApp, set aside by
 * tests that type computed codes by hand); everything else is registered idempotently per app or
 * is a cache keyed by ids unique to each test database.
 */
import 'reflect-metadata';
import { clearSources } from '../src/modules/indicators/index.js';

clearSources();
