/**
 * The replay portal's public face: start a loopback replay of a portal, with faults.
 * @module
 */
export { startReplay, loadHandler, REPLAY_PORTALS, type Replay, type ReplayOptions, type ReplayPortal, type ReplayLogEntry } from './server.js';
export { DEFAULT_ROBOTS, type Faults } from './faults.js';
export type { ReplayHandler, ReplayRequest, ReplayResponse, ReplayContext } from './types.js';
