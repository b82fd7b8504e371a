#!/usr/bin/env node
// Generates sample-data/tea-shop.csv: three years of till receipts of «Чайная лавка», a made-up tea & coffee
// shop, exported the way a Russian POS / 1C export looks (UTF-8 BOM, `;`, decimal commas, DD.MM.YYYY HH:MM).
// What is inside and why: sample-data/README.md. Deterministic: one seeded PRNG, no Math.random, no clock,
// no locale-dependent formatting. `node sample-data/generate.mjs` writes the file; `generate()` returns the text.

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

// ---------------------------------------------------------------------------------------------------------
// Knobs (the customer classes are further down, next to the process that uses them)
// ---------------------------------------------------------------------------------------------------------

const SEED = 0x07702023;
const N_CUSTOMERS = 8000;
const FIRST_DAY = Date.UTC(2023, 0, 1); // 01.01.2023
const N_DAYS = 1096; // 2023 + 2024 (leap) + 2025 → 31.12.2025 is the last day
const FIRST_CARD = 1001; // loyalty cards are issued in order: 0001001, 0001002, …
const FIRST_RECEIPT = 100001;

/** The brand whose prices jump (month 20 of 36 = August 2024) and whose regulars then walk away. */
export const PRICE_RISE_BRAND = 'Royal Leaf';
export const PRICE_RISE_DATE = '2024-08-01';
const PRICE_RISE_FACTOR = 1.28;
/** Ordinary yearly repricing of the whole range (below the 10 % a "price step" needs, DESIGN §3b). */
const INDEXATIONS = [
  { date: '2024-03-01', factor: 1.07 },
  { date: '2025-03-01', factor: 1.06 },
];

/** What the price rise does to a regular (≥ 2 orders with the brand before it) who is still a customer. */
const RISE_LEAVE = 0.6; // stops shopping at the store: gone at once, or one last visit then gone
const RISE_LEAVE_AT_ONCE = 0.8; // of the leavers
const RISE_SWITCH = 0.3; // keeps shopping, moves to another tea brand; the rest (10 %) pays the new price

const GUEST_ORDER_PER_ORDER = 0.07; // → ≈ 6.5 % of all orders have no card
const RETURN_SHARE = 0.015; // of sale lines, returned 1–14 days later
const N_SAMPLE_LINES = 24; // free 10 g samples added to paid orders
const N_SAMPLE_ONLY_ORDERS = 4; // a visit where a card holder only took a free sample
const N_DUPLICATES = 9; // lines the export wrote twice

// ---------------------------------------------------------------------------------------------------------
// Random numbers (mulberry32) and the few distributions the story needs
// ---------------------------------------------------------------------------------------------------------

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const u = mulberry32(seed);
  const normal = () => {
    let x = 0;
    while (x === 0) x = u();
    return Math.sqrt(-2 * Math.log(x)) * Math.cos(2 * Math.PI * u());
  };
  /** Gamma(shape k, scale 1), Marsaglia & Tsang (2000). */
  const gamma1 = (k) => {
    if (k < 1) {
      let v = 0;
      while (v === 0) v = u();
      return gamma1(k + 1) * Math.pow(v, 1 / k);
    }
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x;
      let v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const w = u();
      if (w < 1 - 0.0331 * x * x * x * x) return d * v;
      if (w > 0 && Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const r = {
    u,
    int: (n) => Math.floor(u() * n),
    chance: (p) => u() < p,
    /** Gamma with the given shape and mean. */
    gamma: (shape, mean) => gamma1(shape) * (mean / shape),
    beta: (a, b) => {
      const x = gamma1(a);
      return x / (x + gamma1(b));
    },
    /** Index drawn with probability ∝ weights[i]. */
    pick: (weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let x = u() * total;
      for (let i = 0; i < weights.length; i++) {
        x -= weights[i];
        if (x < 0) return i;
      }
      for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
      return 0;
    },
  };
  return r;
}

// ---------------------------------------------------------------------------------------------------------
// Calendar: day index 0 = 01.01.2023
// ---------------------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayOf = (iso) => Math.round((Date.parse(iso + 'T00:00:00Z') - FIRST_DAY) / DAY_MS);
const RISE_DAY = dayOf(PRICE_RISE_DATE);

const CAL = Array.from({ length: N_DAYS }, (_, d) => {
  const t = new Date(FIRST_DAY + d * DAY_MS);
  const year = t.getUTCFullYear();
  const month = t.getUTCMonth() + 1;
  const day = t.getUTCDate();
  const dow = (t.getUTCDay() + 6) % 7; // 0 = Monday
  const doy = Math.round((t.getTime() - Date.UTC(year, 0, 1)) / DAY_MS);
  return { year, month, day, dow, doy, label: `${pad2(day)}.${pad2(month)}.${year}` };
});

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

const WEEKDAY = [0.85, 0.9, 0.95, 1.0, 1.1, 1.25, 1.1];
const MONTH = [1.05, 1.0, 1.0, 0.95, 0.9, 0.85, 0.85, 0.9, 1.0, 1.05, 1.1, 1.3];

/** Shop traffic on a day relative to an ordinary day: season, weekday, gift days, closed on 1 January. */
const TRAFFIC = CAL.map((c) => {
  if (c.month === 1 && c.day === 1) return 0;
  let f = MONTH[c.month - 1] * WEEKDAY[c.dow];
  if (c.month === 12 && c.day >= 15) f *= 1.25 + (c.day - 15) * 0.04; // gift rush up to New Year's Eve
  if (c.month === 12 && c.day === 31) f *= 0.6; // short day
  if (c.month === 2 && c.day >= 19 && c.day <= 22) f *= 1.3; // 23 February
  if (c.month === 3 && c.day >= 4 && c.day <= 7) f *= 1.6; // 8 March
  return f;
});
{
  const mean = TRAFFIC.reduce((a, b) => a + b, 0) / N_DAYS;
  for (let d = 0; d < N_DAYS; d++) TRAFFIC[d] /= mean;
}

/** Tea sells better when it is cold: peak mid-January, trough mid-July. */
const TEA_SEASON = CAL.map((c) => 1 + 0.35 * Math.cos((2 * Math.PI * (c.doy - 15)) / 365));
const WINTER_BLEND = CAL.map((c) => ([11, 12, 1, 2].includes(c.month) ? 2 : [3, 10].includes(c.month) ? 1 : 0.3));
/** Chance that an order includes a gift set. */
const GIFT_CHANCE = CAL.map((c) => {
  if (c.month === 12 && c.day >= 10) return 0.3;
  if (c.month === 12) return 0.12;
  if ((c.month === 2 && c.day >= 16 && c.day <= 22) || (c.month === 3 && c.day <= 7)) return 0.1;
  return 0.015;
});

/** Opening hours 10:00–22:00, busiest after work. */
const HOURS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
const HOUR_W = [0.5, 0.7, 0.9, 1.0, 0.9, 0.9, 1.0, 1.2, 1.4, 1.3, 0.9, 0.5];

// ---------------------------------------------------------------------------------------------------------
// Range: brands and products (prices of January 2023, roubles)
// ---------------------------------------------------------------------------------------------------------

const TEA_BRANDS = ['Royal Leaf', 'Lu Yu', 'Алтай', 'Fruit Garden'];
const COFFEE_BRANDS = ['Zerno', 'Aroma Italia', 'Mokka'];
/** The shop's own label: gift sets (tea or coffee inside) and the free sample. */
const HOUSE_BRAND = 'Чайная лавка';
const BRANDS = [...TEA_BRANDS, ...COFFEE_BRANDS];
const BRAND_POP = { 'Royal Leaf': 1.0, 'Lu Yu': 0.6, 'Алтай': 0.55, 'Fruit Garden': 0.7, 'Zerno': 1.0, 'Aroma Italia': 0.7, 'Mokka': 0.35 };
/** Where a Royal Leaf drinker goes when they switch (similar black / flavoured teas first). */
const SWITCH_TO = ['Fruit Garden', 'Lu Yu', 'Алтай'];
const SWITCH_W = [0.5, 0.35, 0.15];

// kind: tea | winter | coffee | kilo | gift | sample.  pop = popularity within the brand.
// Every brand has a core of its bestseller and one or two products priced within 10 % of it that together
// sell well over half of the brand's lines, with the cheaper and dearer rest balanced around it: the brand's
// monthly median unit price (DESIGN §3b price steps) then follows the price list, not the product mix, and
// the only ≥ 10 % step in any brand or product is the Royal Leaf rise.
const P = (brand, name, price, pop, kind) => ({ brand, name, price, pop, kind });
const PRODUCTS = [
  // Imported English-style black tea: the everyday cup of many regulars.
  P('Royal Leaf', 'Эрл Грей 100г', 389.9, 10, 'tea'),
  P('Royal Leaf', 'Завтрак 100г', 369.9, 4, 'tea'),
  P('Royal Leaf', 'Ассам 100г', 399.9, 3, 'tea'),
  P('Royal Leaf', 'Цейлон 100г', 299.9, 2.5, 'tea'),
  P('Royal Leaf', 'Эрл Грей 25пак', 249.9, 2.5, 'tea'),
  P('Royal Leaf', 'Леди Грей 100г', 449.9, 2, 'tea'),
  P('Royal Leaf', 'Дарджилинг 100г', 689.9, 1.5, 'tea'),
  P('Royal Leaf', 'Масала 100г', 469.9, 1, 'winter'),
  // Chinese teas.
  P('Lu Yu', 'Молочный улун 50г', 459.9, 10, 'tea'),
  P('Lu Yu', 'Те Гуань Инь 50г', 489.9, 3, 'tea'),
  P('Lu Yu', 'Дянь Хун 50г', 449.9, 2, 'tea'),
  P('Lu Yu', 'Жасминовый 100г', 399.9, 2.5, 'tea'),
  P('Lu Yu', 'Бай Му Дань 50г', 419.9, 1.5, 'tea'),
  P('Lu Yu', 'Сенча 100г', 349.9, 2, 'tea'),
  P('Lu Yu', 'Лунцзин 50г', 589.9, 1.2, 'tea'),
  P('Lu Yu', 'Шу пуэр 100г', 629.9, 2, 'tea'),
  P('Lu Yu', 'Габа 50г', 649.9, 0.8, 'tea'),
  P('Lu Yu', 'Да Хун Пао 50г', 789.9, 1.5, 'tea'),
  P('Lu Yu', 'Шэн пуэр 357г', 2890, 0.6, 'tea'),
  // Herbal teas.
  P('Алтай', 'Иван-чай 100г', 199.9, 10, 'tea'),
  P('Алтай', 'Иван-чай мята 100г', 209.9, 4, 'tea'),
  P('Алтай', 'Чабрец 50г', 169.9, 2.5, 'tea'),
  P('Алтай', 'Ромашка 50г', 159.9, 2.5, 'tea'),
  P('Алтай', 'Таёжный 100г', 249.9, 1.5, 'winter'),
  P('Алтай', 'Облепиховый 100г', 239.9, 1.5, 'winter'),
  P('Алтай', 'Саган-дайля 30г', 319.9, 1.5, 'tea'),
  // Flavoured and fruit blends.
  P('Fruit Garden', 'Клубника-сливки 100г', 329.9, 10, 'tea'),
  P('Fruit Garden', 'Вишня 100г', 319.9, 3, 'tea'),
  P('Fruit Garden', 'Облепиха-имбирь 100г', 339.9, 3, 'tea'),
  P('Fruit Garden', 'Глинтвейн 100г', 349.9, 2, 'winter'),
  P('Fruit Garden', 'Пряник 100г', 349.9, 2, 'winter'),
  P('Fruit Garden', 'Каркаде 100г', 199.9, 3, 'tea'),
  P('Fruit Garden', 'Мята-лимон 100г', 259.9, 2, 'tea'),
  P('Fruit Garden', 'Манго 100г', 399.9, 2, 'tea'),
  P('Fruit Garden', 'Молочный улун 100г', 419.9, 2, 'tea'),
  // Russian roaster.
  P('Zerno', 'Бразилия 250г', 549.9, 10, 'coffee'),
  P('Zerno', 'Колумбия 250г', 569.9, 4, 'coffee'),
  P('Zerno', 'Для турки 250г', 529.9, 3, 'coffee'),
  P('Zerno', 'Крепкий 250г', 449.9, 3, 'coffee'),
  P('Zerno', 'Утренний 250г', 399.9, 2.5, 'coffee'),
  P('Zerno', 'Гватемала 250г', 649.9, 2, 'coffee'),
  P('Zerno', 'Сидамо 250г', 689.9, 2.5, 'coffee'),
  P('Zerno', 'Эспрессо 1кг', 1690, 2, 'kilo'),
  // Italian espresso blends and capsules.
  P('Aroma Italia', 'Classico 1кг', 1890, 10, 'kilo'),
  P('Aroma Italia', 'Crema 1кг', 1790, 4, 'kilo'),
  P('Aroma Italia', 'Intenso 1кг', 1950, 3, 'kilo'),
  P('Aroma Italia', 'Classico 250г', 549.9, 3, 'coffee'),
  P('Aroma Italia', 'Lungo капсулы 10шт', 399.9, 2.5, 'coffee'),
  P('Aroma Italia', 'Gold 1кг', 2290, 3, 'kilo'),
  P('Aroma Italia', 'Oro 1кг', 2490, 1.5, 'kilo'),
  // Speciality single origins.
  P('Mokka', 'Иргачеффе 250г', 1090, 10, 'coffee'),
  P('Mokka', 'Руанда 250г', 1050, 2.5, 'coffee'),
  P('Mokka', 'Кения АА 250г', 1130, 3, 'coffee'),
  P('Mokka', 'Дрип-пакеты 10шт', 589.9, 3, 'coffee'),
  P('Mokka', 'Серрадо 250г', 890, 2, 'coffee'),
  P('Mokka', 'Коста-Рика 250г', 1290, 3, 'coffee'),
  P('Mokka', 'Гейша 100г', 2990, 0.7, 'coffee'),
  // Gift sets and the free sample.
  P(HOUSE_BRAND, 'Набор «Церемония»', 1890, 1, 'gift'),
  P(HOUSE_BRAND, 'Набор «Зимний»', 1790, 1.5, 'gift'),
  P(HOUSE_BRAND, 'Набор «Кофейный»', 1890, 1, 'gift'),
  P(HOUSE_BRAND, 'Пробник 10г', 0, 0, 'sample'),
];
PRODUCTS.forEach((p, i) => (p.id = i));
const SAMPLE = PRODUCTS.find((p) => p.kind === 'sample');
const GIFTS = PRODUCTS.filter((p) => p.kind === 'gift');
const BY_BRAND = Object.fromEntries(BRANDS.map((b) => [b, PRODUCTS.filter((p) => p.brand === b && p.pop > 0 && p.kind !== 'gift')]));
const isTea = (brand) => TEA_BRANDS.includes(brand);

/** Shop-style rounding: under 1 000 ₽ to …9,90; from 1 000 ₽ to whole tens. Works in kopecks. */
function retail(kop) {
  if (kop >= 100_000) return Math.round(kop / 1000) * 1000;
  return Math.round(kop / 1000) * 1000 - 10;
}

/** Price list per product: [[fromDay, kopecks], …] in date order. */
for (const p of PRODUCTS) {
  let kop = Math.round(p.price * 100);
  const steps = [{ day: 0, factor: 1 }, ...INDEXATIONS.map((x) => ({ day: dayOf(x.date), factor: x.factor }))];
  if (p.brand === PRICE_RISE_BRAND) steps.push({ day: RISE_DAY, factor: PRICE_RISE_FACTOR });
  steps.sort((a, b) => a.day - b.day);
  p.prices = steps.map((s) => {
    if (s.factor !== 1 && kop > 0) kop = retail(kop * s.factor);
    return [s.day, kop];
  });
}
function priceOn(p, day) {
  let kop = p.prices[0][1];
  for (const [from, k] of p.prices) if (day >= from) kop = k;
  return kop;
}

// ---------------------------------------------------------------------------------------------------------
// Customers: a BG/NBD-like process
// ---------------------------------------------------------------------------------------------------------

/**
 * Latent classes of a BG/NBD-style process. While alive, a customer buys at rate λ ~ Gamma(shape, mean
 * 1 / days) per day; after every purchase (the first included) they drop out for good with probability
 * p ~ Beta(a, b). Gaps between purchases are Erlang-k (k = regularity) rather than exponential: real
 * regulars come back at a steadier pace than a Poisson process would (the MBG/CNBD-k model of Platzer &
 * Reutterer 2016), so the lifecycle rule "gone for 4 typical intervals" (DESIGN §3) mostly fires on
 * customers who really left.
 */
const CLASSES = [
  // Coffee people who come for beans every week or two and stay for a long time.
  { name: 'coffee-weekly', share: 0.015, rate: [5, 11], regularity: 4, dropout: [1, 30], everydayTea: 1 },
  // The tea and coffee regulars: about once a month, loyal for a year or more.
  { name: 'regular', share: 0.11, rate: [3, 30], regularity: 3, dropout: [1, 14], everydayTea: 5 },
  // Everyone else: every few months down to twice a year, and many never come back.
  { name: 'occasional', share: 0.875, rate: [2.5, 180], regularity: 2, dropout: [1, 3.8], everydayTea: 0.5 },
];

function makeCustomer(r, firstDay) {
  const c = { firstDay, orders: [], brandW: {}, favs: [], riseSeen: firstDay >= RISE_DAY, riseRole: null, rlOrders: 0 };
  const december = CAL[firstDay].month === 12 && CAL[firstDay].day >= 10;
  const k = CLASSES[r.pick(CLASSES.map((x) => x.share))];
  c.segment = k.name;
  c.lambda = r.gamma(k.rate[0], 1 / k.rate[1]);
  c.p = r.beta(k.dropout[0], k.dropout[1]);
  c.k = k.regularity;
  // Gift buyers who come in for a New Year present and mostly never return.
  c.giftBuyer = december && c.segment === 'occasional' && r.chance(0.3);
  if (c.giftBuyer) c.p = Math.max(c.p, 0.85);

  const taste = c.segment === 'coffee-weekly' ? 'coffee' : ['tea', 'coffee', 'both'][r.pick([0.55, 0.25, 0.2])];
  for (const b of BRANDS) {
    const side = isTea(b) ? (taste === 'coffee' ? 0.08 : taste === 'tea' ? 1 : 0.5) : taste === 'tea' ? 0.08 : taste === 'coffee' ? 1 : 0.5;
    c.brandW[b] = side * BRAND_POP[b] * r.gamma(0.7, 1);
  }
  // Royal Leaf is the everyday tea of the frequent tea drinkers.
  c.brandW[PRICE_RISE_BRAND] *= k.everydayTea;
  // Customers who start after the price rise see Royal Leaf at its new price: fewer take to it.
  if (firstDay >= RISE_DAY) c.brandW[PRICE_RISE_BRAND] *= 0.4;
  const total = BRANDS.reduce((s, b) => s + c.brandW[b], 0);
  c.teaShare = TEA_BRANDS.reduce((s, b) => s + c.brandW[b], 0) / total; // tea drinkers come more often in winter
  const nFav = 1 + r.pick([0.45, 0.35, 0.2]);
  for (let i = 0; i < nFav; i++) {
    const p = pickFromBrand(r, pickBrand(r, c.brandW, firstDay), firstDay);
    if (!c.favs.includes(p)) c.favs.push(p);
  }
  return c;
}

function pickBrand(r, brandW, day) {
  return BRANDS[r.pick(BRANDS.map((b) => brandW[b] * (isTea(b) ? TEA_SEASON[day] : 1)))];
}

function pickFromBrand(r, brand, day) {
  const list = BY_BRAND[brand];
  return list[r.pick(list.map((p) => p.pop * (p.kind === 'winter' ? WINTER_BLEND[day] : 1)))];
}

function quantity(r, p) {
  if (p.kind === 'gift') return 1 + r.pick([0.86, 0.11, 0.03]);
  if (p.kind === 'sample') return 1;
  if (p.kind === 'kilo') return 1 + r.pick([0.9, 0.1]);
  if (p.kind === 'coffee') return 1 + r.pick([0.7, 0.22, 0.08]);
  return 1 + r.pick([0.68, 0.22, 0.07, 0.02, 0.01]);
}

function minuteOfDay(r, day) {
  let h = HOURS[r.pick(HOUR_W)];
  if (CAL[day].month === 12 && CAL[day].day === 31 && h > 16) h -= 5; // 31 December: open until 17:00
  return h * 60 + r.int(60);
}

/** Walk-in customers without a card pick brands by their overall popularity. */
const GUEST_BRANDS = Object.fromEntries(BRANDS.map((b) => [b, BRAND_POP[b] * (isTea(b) ? 1 : 0.8)]));

/** An order's lines: [product, quantity] for a card holder `c`, or a guest when `c` is null. */
function basket(r, c, day) {
  const n = 1 + (c && c.segment === 'coffee-weekly' ? r.pick([0.88, 0.1, 0.02]) : r.pick([0.75, 0.18, 0.055, 0.015]));
  const lines = [];
  const take = (p) => {
    if (!lines.some((l) => l[0] === p)) lines.push([p, quantity(r, p)]);
  };
  if ((c && c.giftBuyer && c.orders.length === 0) || r.chance(GIFT_CHANCE[day])) {
    const gifts = GIFTS.filter((g) => g.name !== 'Набор «Зимний»' || [11, 12, 1].includes(CAL[day].month));
    const coffeeSide = c ? COFFEE_BRANDS.reduce((s, b) => s + c.brandW[b], 0) / BRANDS.reduce((s, b) => s + c.brandW[b], 0) : 0.35;
    take(gifts[r.pick(gifts.map((g) => (g.name.includes('Кофейный') ? coffeeSide * 2 : 1 - coffeeSide) * g.pop))]);
  }
  const brandW = c ? c.brandW : GUEST_BRANDS;
  let tries = 0;
  while (lines.length < n && tries++ < 12) {
    if (c && c.favs.length > 0 && r.chance(0.6)) take(c.favs[r.pick(c.favs.map((p, i) => (isTea(p.brand) ? TEA_SEASON[day] : 1) / (i + 1)))]);
    else take(pickFromBrand(r, pickBrand(r, brandW, day), day));
  }
  return lines;
}

/** What the Royal Leaf price rise does to a customer who is still around on the day it happens. */
function meetPriceRise(r, c) {
  c.riseSeen = true;
  if (c.rlOrders >= 2) {
    const x = r.u();
    if (x < RISE_LEAVE) {
      c.riseRole = 'left';
      if (r.chance(RISE_LEAVE_AT_ONCE)) return false; // never comes back
      c.p = 0.92; // one more visit, sees the price tag, gone
    } else if (x < RISE_LEAVE + RISE_SWITCH) {
      c.riseRole = 'switched';
      const to = SWITCH_TO[r.pick(SWITCH_W)];
      c.brandW[to] += c.brandW[PRICE_RISE_BRAND];
      c.brandW[PRICE_RISE_BRAND] = 0;
      c.favs = c.favs.map((p) => (p.brand === PRICE_RISE_BRAND ? pickFromBrand(r, to, RISE_DAY) : p));
    } else {
      c.riseRole = 'stayed';
    }
  } else {
    c.brandW[PRICE_RISE_BRAND] *= 0.4; // everyone else: it lands in the basket less often
  }
  return true;
}

function simulateCustomer(r, c) {
  let day = c.firstDay;
  for (;;) {
    const lines = basket(r, c, day);
    c.orders.push({ day, minute: minuteOfDay(r, day), lines });
    if (day < RISE_DAY && lines.some((l) => l[0].brand === PRICE_RISE_BRAND)) c.rlOrders++;
    if (r.chance(c.p)) return; // dropped out after this purchase
    // Wait for the next purchase: an Erlang-k gap in "shop time", which runs faster on busy days.
    const due = r.gamma(c.k, 1);
    let clock = 0;
    for (;;) {
      day++;
      if (day >= N_DAYS) return;
      if (day >= RISE_DAY && !c.riseSeen && !meetPriceRise(r, c)) return;
      clock += c.lambda * TRAFFIC[day] * (1 + c.teaShare * (TEA_SEASON[day] - 1));
      if (clock >= due) break;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------------------

/** Kopecks → "1234,50", or "1 234,50" with a space between thousands. */
function money(kop, thousands) {
  const neg = kop < 0;
  const a = Math.abs(kop);
  let rub = String(Math.floor(a / 100));
  if (thousands) rub = rub.replace(/\B(?=(\d{3})+$)/g, ' ');
  return (neg ? '-' : '') + rub + ',' + pad2(a % 100);
}

export const HEADER = ['Номер чека', 'Дата', 'Клиент', 'Товар', 'Бренд', 'Кол-во', 'Цена', 'Сумма', 'Статус'];

// ---------------------------------------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------------------------------------

export function generate() {
  const r = makeRandom(SEED);

  // 1. When card holders first come in: the base grows (×2 over three years) and follows the shop's traffic.
  const acqW = TRAFFIC.map((t, d) => t * (1 + d / (N_DAYS - 1)) * (CAL[d].month === 12 ? 1.15 : 1));
  const acqCum = [];
  acqW.reduce((s, w, i) => (acqCum[i] = s + w), 0);
  const firstDays = Array.from({ length: N_CUSTOMERS }, () => {
    const x = r.u() * acqCum[N_DAYS - 1];
    let lo = 0;
    let hi = N_DAYS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (acqCum[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  });

  // 2. Each customer's purchases.
  const customers = firstDays.map((d) => makeCustomer(r, d));
  for (const c of customers) simulateCustomer(r, c);
  // Cards are numbered in the order they were handed out (first purchase).
  customers.sort((a, b) => a.orders[0].day - b.orders[0].day || a.orders[0].minute - b.orders[0].minute);
  customers.forEach((c, i) => (c.card = String(FIRST_CARD + i).padStart(7, '0')));

  // 3. Documents: sales with a card, guest sales, free-sample visits, returns.
  const docs = [];
  const addDoc = (day, minute, card, status, lines) => docs.push({ day, minute, card, status, lines, seq: docs.length });
  const line = (p, qty, day) => ({ p, qty, price: priceOn(p, day) });
  for (const c of customers) {
    for (const o of c.orders) {
      addDoc(o.day, o.minute, c.card, 'Продажа', o.lines.map(([p, q]) => line(p, q, o.day)));
      if (r.chance(GUEST_ORDER_PER_ORDER)) {
        const day = o.day;
        addDoc(day, minuteOfDay(r, day), '', 'Продажа', basket(r, null, day).map(([p, q]) => line(p, q, day)));
      }
    }
  }
  const saleDocs = docs.slice();
  for (let i = 0; i < N_SAMPLE_LINES; i++) {
    const d = saleDocs[r.int(saleDocs.length)];
    if (d.lines.length < 4 && d.card !== '' && !d.lines.some((l) => l.p === SAMPLE)) d.lines.push(line(SAMPLE, 1, d.day));
  }
  const loyal = customers.filter((c) => c.orders.length >= 4);
  for (let i = 0; i < N_SAMPLE_ONLY_ORDERS; i++) {
    const c = loyal[r.int(loyal.length)];
    const k = 1 + r.int(c.orders.length - 2);
    const day = c.orders[k].day + 1 + r.int(Math.max(1, c.orders[k + 1].day - c.orders[k].day - 1));
    if (day < c.orders[k + 1].day && TRAFFIC[day] > 0) addDoc(day, minuteOfDay(r, day), c.card, 'Продажа', [line(SAMPLE, 1, day)]);
  }
  for (const d of saleDocs) {
    for (const l of d.lines) {
      if (l.price === 0 || !r.chance(RETURN_SHARE)) continue;
      let day = d.day + 1 + r.pick([4, 3, 2, 2, 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
      if (day < N_DAYS && TRAFFIC[day] === 0) day++;
      if (day >= N_DAYS) continue;
      addDoc(day, minuteOfDay(r, day), d.card, 'Возврат', [{ p: l.p, qty: -l.qty, price: l.price }]);
    }
  }

  // 4. Receipt numbers run with time, as at a till.
  docs.sort((a, b) => a.day - b.day || a.minute - b.minute || a.seq - b.seq);
  const rows = [];
  docs.forEach((d, i) => {
    const receipt = String(FIRST_RECEIPT + i);
    const ts = `${CAL[d.day].label} ${pad2(Math.floor(d.minute / 60))}:${pad2(d.minute % 60)}`;
    for (const l of d.lines) {
      const sum = l.qty * l.price;
      rows.push([receipt, ts, d.card, l.p.name, l.p.brand, String(l.qty), money(l.price, false), money(sum, true), d.status].join(';'));
    }
  });

  // 5. Export glitches: a few lines written twice.
  const dupAt = new Set();
  while (dupAt.size < N_DUPLICATES) dupAt.add(r.int(rows.length));
  const out = [HEADER.join(';')];
  rows.forEach((row, i) => {
    out.push(row);
    if (dupAt.has(i)) out.push(row);
  });
  return '\uFEFF' + out.join('\r\n') + '\r\n';
}

/** Where the CLI writes the file. */
export const CSV_PATH = join(dirname(fileURLToPath(import.meta.url)), 'tea-shop.csv');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const text = generate();
  writeFileSync(CSV_PATH, text, 'utf8');
  const bytes = Buffer.byteLength(text, 'utf8');
  const lines = text.split('\r\n').length - 2;
  console.log(`${CSV_PATH}: ${lines} lines, ${(bytes / 1024 / 1024).toFixed(2)} MB, ${Date.now() - t0} ms`);
}
