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

/** English UI text, merged from each area's messages; the reference for MessageKey. */
export const en = { ...core.en, ...overview.en, ...quality.en, ...labels.en, ...customers.en, ...lifecycle.en, ...churn.en, ...cohorts.en, ...rfm.en, ...products.en, ...shareText.en, ...simulator.en, ...ltv.en, ...ltvModel.en, ...validation.en, ...reading.en, ...timing.en, ...appHealth.en, ...customerDays.en, ...glossaryText.en };

export type MessageKey = keyof typeof en;
