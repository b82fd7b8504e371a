import { core } from './core';

/** English UI text, merged from each area's messages; the reference for MessageKey. */
export const en = { ...core.en };

export type MessageKey = keyof typeof en;
