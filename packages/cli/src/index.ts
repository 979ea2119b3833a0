export type { Command } from './commands/registry';
