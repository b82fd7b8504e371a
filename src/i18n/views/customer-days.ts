import { messages } from '../define';

/** The per-customer-day input kind (src/ingest/customer-days.ts): the mapping step and what needs lines. */
export const customerDays = messages(
  {
    'mapping.kind': 'One row of the file is',
    'mapping.kind.lines': 'a purchase line',
    'mapping.kind.customer_days': 'a customer’s day (pre-aggregated)',
    'mapping.kind.help': 'One row per customer and purchase day with that day’s orders and revenue, as a warehouse extract gives (docs/warehouse.md). Every figure that does not need single purchase lines is computed from it.',
    'days.role.order_ts': 'Day',
    'days.role.order_ts.hint': 'the purchase day',
    'days.role.amount': 'Revenue of the day',
    'days.role.amount.hint': 'what the day’s orders were paid',
    'days.role.quantity': 'Orders that day',
    'days.role.quantity.hint': 'number of orders; the same on each product row of the day',
    'needsLines.view': '“{view}” needs single purchase lines: this file has one row per customer and day, with the day’s orders and revenue but not each order’s amount. Load the purchase lines themselves to use it.',
    'quality.duplicates.needsLines': 'Not applicable: the file has one row per customer and day, so there are no purchase lines to compare.',
  },
  {
    'mapping.kind': 'Одна строка файла — это',
    'mapping.kind.lines': 'строка покупки',
    'mapping.kind.customer_days': 'день покупателя (уже свёрнуто)',
    'mapping.kind.help': 'Одна строка на покупателя и день покупки с заказами и выручкой этого дня — так выглядит выгрузка из хранилища (docs/warehouse.md). Из неё считается всё, для чего не нужны отдельные строки покупок.',
    'days.role.order_ts': 'День',
    'days.role.order_ts.hint': 'день покупки',
    'days.role.amount': 'Выручка дня',
    'days.role.amount.hint': 'сколько заплачено за заказы дня',
    'days.role.quantity': 'Заказов в этот день',
    'days.role.quantity.hint': 'число заказов; одно и то же во всех строках товаров этого дня',
    'needsLines.view': 'Для «{view}» нужны отдельные строки покупок: в этом файле одна строка на покупателя и день — заказы и выручка дня, но не сумма каждого заказа. Загрузите сами строки покупок, чтобы открыть этот раздел.',
    'quality.duplicates.needsLines': 'Неприменимо: в файле одна строка на покупателя и день, строк покупок для сравнения нет.',
  },
);
