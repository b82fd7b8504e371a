/**
 * The win-back part of the simulator's hash: `group=at_risk|lost|<RFM segment>` (the testing contract),
 * `channel=sms|email|call`, `contact_cost`, `offer` (%), `response` (%). Absent keys take defaults: the
 * channel's usual price in the data's currency, a 10 % offer, and a response of the natural comeback rate plus
 * the channel's usual lift — assumptions the owner is expected to replace with their own.
 */
import { RFM_SEGMENTS } from '../analysis/rfm';
import { readNumber, type FieldError } from './scenario';
import type { WinbackLevers } from './winback';

export const STATUS_GROUPS = ['at_risk', 'lost'] as const;
export const WINBACK_GROUPS = [...STATUS_GROUPS, ...RFM_SEGMENTS] as const;
export type WinbackGroupKey = (typeof WINBACK_GROUPS)[number];

export const CHANNELS = ['sms', 'email', 'call'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Price per contact in roubles, and the extra response (pp) a message of that kind usually adds. */
const CHANNEL_RUB: Record<Channel, { cost: number; lift: number }> = {
  sms: { cost: 5, lift: 3 },
  email: { cost: 0.5, lift: 1 },
  call: { cost: 60, lift: 8 },
};

/** Roubles → currency, rough (the presets are a starting point, not a quote). */
const PER_ROUBLE: Record<string, number> = { RUB: 1, USD: 0.0125, EUR: 0.011, GBP: 0.0095, KZT: 5.5, BYN: 0.036, UAH: 0.45, CNY: 0.09 };

export function channelCost(channel: Channel, currency: string): number {
  return Number((CHANNEL_RUB[channel].cost * (PER_ROUBLE[currency] ?? PER_ROUBLE.USD)).toPrecision(2));
}

/** Default response (%): the natural rate rounded up, plus the channel's usual lift, at most 100. */
export function defaultResponse(channel: Channel, natural: number | null): number {
  return Math.min(100, Math.ceil((natural ?? 0) * 100) + CHANNEL_RUB[channel].lift);
}

export interface ParsedWinback {
  group: WinbackGroupKey;
  channel: Channel;
  /** The texts shown in the fields (hash value or default). */
  text: { contact_cost: string; offer: string; response: string };
  levers: WinbackLevers | null;
  errors: Record<string, FieldError>;
}

export function isStatusGroup(group: WinbackGroupKey): group is (typeof STATUS_GROUPS)[number] {
  return (STATUS_GROUPS as readonly string[]).includes(group);
}

export function parseWinback(filters: Readonly<Record<string, string>>, currency: string, natural: number | null): ParsedWinback {
  const group = (WINBACK_GROUPS as readonly string[]).includes(filters.group) ? (filters.group as WinbackGroupKey) : 'at_risk';
  const channel = (CHANNELS as readonly string[]).includes(filters.channel) ? (filters.channel as Channel) : 'sms';
  const text = {
    contact_cost: filters.contact_cost ?? String(channelCost(channel, currency)),
    offer: filters.offer ?? '10',
    response: filters.response ?? String(defaultResponse(channel, natural)),
  };
  const errors: Record<string, FieldError> = {};
  const read = (key: keyof typeof text, max: number): number | null => {
    const x = readNumber(text[key]);
    if (!Number.isFinite(x)) errors[key] = { code: text[key].trim() === '' ? 'missing' : 'number' };
    else if (x < 0) errors[key] = { code: 'negative' };
    else if (x > max) errors[key] = { code: 'range', params: { min: 0, max } };
    else return x;
    return null;
  };
  const contactCost = read('contact_cost', Infinity);
  const offer = read('offer', 100);
  const response = read('response', 100);
  const levers = contactCost !== null && offer !== null && response !== null ? { contactCost, offer: offer / 100, response: response / 100 } : null;
  return { group, channel, text, levers, errors };
}
