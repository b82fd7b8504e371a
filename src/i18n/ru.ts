import type { MessageKey } from './en';
import { core } from './core';
import { overview } from './views/overview';
import { quality } from './views/quality';
import { labels } from './labels';
import { customers } from './views/customers';
import { lifecycle } from './views/lifecycle';
import { churn } from './views/churn';
import { cohorts } from './views/cohorts';
import { rfm } from './views/rfm';
import { products } from './views/products';
import { shareText } from './views/share';
import { simulator } from './views/simulator';
import { ltv } from './views/ltv';
import { ltvModel } from './views/ltv-model';
import { validation } from './views/validation';
import { reading } from './views/reading';
import { timing } from './views/timing';
import { appHealth } from './views/app-health';
import { customerDays } from './views/customer-days';
import { glossaryText } from './views/glossary';

/** Русский интерфейс: те же ключи, что в en.ts. */
export const ru: Record<MessageKey, string> = { ...core.ru, ...overview.ru, ...quality.ru, ...labels.ru, ...customers.ru, ...lifecycle.ru, ...churn.ru, ...cohorts.ru, ...rfm.ru, ...products.ru, ...shareText.ru, ...simulator.ru, ...ltv.ru, ...ltvModel.ru, ...validation.ru, ...reading.ru, ...timing.ru, ...appHealth.ru, ...customerDays.ru, ...glossaryText.ru };
