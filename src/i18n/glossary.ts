import type { MessageKey } from './en';

/**
 * Every concept the UI names, with the one key whose text is its name, the other keys that name it too
 * (plurals, column headers, inputs), its one-sentence explanation, and the word stems its name is made of in
 * each language. tests/unit/glossary.test.ts checks that every naming key uses the concept's words, that no
 * two concepts share a name, and that no retired word is left anywhere.
 */
export interface Concept {
  term: MessageKey;
  also?: MessageKey[];
  explain: MessageKey;
  /** Lower-case stems; a name must contain one of them at the start of a word. */
  words: { en: string[]; ru: string[] };
  /** A base word (customer, order, revenue, cohort, churn) that other concepts' names are built on. */
  base?: boolean;
}

const status = (id: 'new' | 'one_time' | 'active' | 'due' | 'at_risk' | 'lost', en: string[], ru: string[]): Concept => ({
  term: `status.${id}`,
  also: [`lifecycle.status.${id}`],
  explain: `glossary.status.${id}`,
  words: { en, ru },
});
const segment = (id: string, en: string[], ru: string[]): Concept => ({
  term: `segment.${id}` as MessageKey,
  explain: 'glossary.segment',
  words: { en, ru },
});
const band = (id: 'alive' | 'at_risk' | 'lost', en: string[], ru: string[], input?: MessageKey): Concept => ({
  term: `model.band.${id}`,
  also: input ? [input] : [],
  explain: 'glossary.bands',
  words: { en, ru },
});

export const GLOSSARY: Record<string, Concept> = {
  customer: { term: 'kpi.customers', explain: 'glossary.customer', words: { en: ['customer'], ru: ['покупател'] }, base: true },
  order: { term: 'kpi.orders', explain: 'glossary.order', words: { en: ['order'], ru: ['заказ'] }, base: true },
  revenue: { term: 'kpi.revenue', explain: 'glossary.revenue', words: { en: ['revenue'], ru: ['выручк'] }, base: true },
  aov: { term: 'kpi.aov', also: ['ltv.simple.ac'], explain: 'glossary.aov', words: { en: ['average check'], ru: ['средний чек'] } },
  frequency: { term: 'kpi.frequency', explain: 'glossary.frequency', words: { en: ['purchase frequency'], ru: ['частота покупок'] } },
  repeat_rate: { term: 'kpi.repeat_rate', explain: 'glossary.repeat_rate', words: { en: ['ordered again'], ru: ['с повторным заказом'] } },
  revenue_per_customer: { term: 'kpi.customer_value', explain: 'glossary.revenue_per_customer', words: { en: ['revenue per customer'], ru: ['выручка на покупателя'] } },
  lifespan: { term: 'kpi.lifespan_months', also: ['ltv.simple.t'], explain: 'glossary.lifespan', words: { en: ['lifespan'], ru: ['срок жизни'] } },
  lifetime_profit: { term: 'kpi.simple_ltv', also: ['ltv.simple.result'], explain: 'glossary.lifetime_profit', words: { en: ['lifetime profit'], ru: ['прибыль с покупателя за всё время'] } },
  cohort_spend: { term: 'cohorts.metric.ltv', also: ['cohorts.curves.ltv', 'ltv.cohorts.title'], explain: 'glossary.cohort_spend', words: { en: ['spend per customer so far'], ru: ['накопленные траты на покупателя'] } },
  forecast_profit: { term: 'kpi.predicted_clv_mean', also: ['kpi.predicted_clv_total', 'kpi.predicted_clv_median', 'ltv.top.clv', 'ltv.deciles.total'], explain: 'glossary.forecast_profit', words: { en: ['forecast profit'], ru: ['прогноз прибыли'] } },
  winback_profit: { term: 'kpi.winback_value', explain: 'glossary.winback_profit', words: { en: ['won-back customer'], ru: ['вернувшегося покупателя'] } },
  margin: { term: 'margin.kind.margin', also: ['sim.margin', 'sim.input.margin', 'ltv.simple.p'], explain: 'glossary.margin', words: { en: ['margin'], ru: ['маржа'] } },
  markup: { term: 'margin.kind.markup', explain: 'glossary.markup', words: { en: ['mark-up'], ru: ['наценка'] } },
  regular: { term: 'glossary.term.regular', explain: 'glossary.regular', words: { en: ['regular'], ru: ['постоянн'] } },
  cohort: { term: 'nav.cohorts', explain: 'glossary.cohort', words: { en: ['cohort'], ru: ['когорт'] }, base: true },
  churn: { term: 'nav.churn', explain: 'glossary.churn', words: { en: ['churn'], ru: ['отток'] }, base: true },
  churn_rate: { term: 'kpi.churn_rate_pooled', also: ['kpi.sim_churn_monthly'], explain: 'glossary.churn_rate', words: { en: ['monthly churn'], ru: ['отток в месяц'] } },
  revenue_lost: { term: 'kpi.churn_revenue_lost', also: ['churn.chart.revenueLost', 'churn.table.lost'], explain: 'glossary.revenue_lost', words: { en: ['revenue lost'], ru: ['упущенная выручка'] } },
  'status.new': status('new', ['new'], ['нов']),
  'status.one_time': status('one_time', ['one-time'], ['разов']),
  'status.active': status('active', ['active'], ['активн']),
  'status.due': status('due', ['may buy soon'], ['скоро купит', 'скоро купят']),
  'status.at_risk': status('at_risk', ['slipping away'], ['пропада']),
  'status.lost': status('lost', ['lapsed'], ['ушёл', 'ушедш']),
  'segment.Champions': segment('Champions', ['champion'], ['чемпион']),
  'segment.Loyal Customers': segment('Loyal Customers', ['loyal customers'], ['лояльные']),
  'segment.New Customers': segment('New Customers', ['recent first buyers'], ['недавно пришли']),
  'segment.Promising': segment('Promising', ['promising'], ['перспективн']),
  'segment.Potential Loyalist': segment('Potential Loyalist', ['potential loyalist'], ['могут стать лояльными']),
  'segment.Need Attention': segment('Need Attention', ['need attention'], ['требуют внимания']),
  'segment.About To Sleep': segment('About To Sleep', ['about to sleep'], ['засыпающ']),
  "segment.Can't Lose Them": segment("Can't Lose Them", ["can't lose"], ['нельзя потерять']),
  'segment.At Risk': segment('At Risk', ['at risk'], ['под угрозой']),
  'segment.Lost': segment('Lost', ['gone cold'], ['потерянн']),
  'segment.Other': segment('Other', ['other'], ['прочие']),
  chance: { term: 'ltv.top.palive', also: ['card.alive.pAlive'], explain: 'glossary.chance', words: { en: ['chance still buying'], ru: ['шанс, что ещё покупает'] } },
  'band.alive': band('alive', ['high chance'], ['шанс высокий', 'высокий шанс']),
  'band.at_risk': band('at_risk', ['middle chance'], ['шанс средний', 'средний шанс'], 'model.life.riskInput'),
  'band.lost': band('lost', ['low chance'], ['шанс низкий', 'низкий шанс'], 'model.life.lostInput'),
};

/**
 * Words replaced by a glossary term, which no message may use: the old names of the statuses, of the
 * customer-value numbers and of the simulator's inputs, and statistics terms of the main path (the model's
 * own names are allowed only in the "How the forecast works" details, keys under `model.param`).
 */
export const RETIRED: { en: string[]; ru: string[]; allowedIn: string[] } = {
  en: ['customer value', 'repeat purchase rate', 'replay on', 'n₀', 'p(alive)', 'bg/nbd', 'gamma-gamma', 'log-likelihood', 'ltv per customer'],
  ru: ['клиент', 'потеряш', 'залётн', 'потерянная выручка', 'разгон', 'проигрыш', 'ценность клиента', 'доля повторных покупок', 'n₀', 'p(alive)', 'bg/nbd', 'gamma-gamma', 'правдоподоб'],
  allowedIn: ['model.param'],
};
