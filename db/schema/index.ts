export * from './sources.js';
export * from './raw-pages.js';
export * from './parties.js';
export * from './notices.js';
export * from './facts.js';
export * from './rollups.js';
