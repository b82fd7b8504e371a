import type { MessageKey } from './en';
import { core } from './core';

/** Русский интерфейс: те же ключи, что в en.ts. */
export const ru: Record<MessageKey, string> = { ...core.ru };
