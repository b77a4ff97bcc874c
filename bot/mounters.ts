import type { RouteMounter } from './http-server.js';

/** Every feature's HTTP routes (tabs, the anonymous form, downloads). Features add theirs. */
export const routeMounters: readonly RouteMounter[] = [];
