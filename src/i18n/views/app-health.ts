import { messages } from '../define';

/** The app itself: a lost engine, a new version ready, working offline. */
export const appHealth = messages(
  {
    'engine.lost.title': 'The analysis engine stopped',
    'engine.lost.stopped': 'The browser ended the engine that computes the figures, most likely because it ran out of memory (a very large file, or many tabs open). The tables it held went with it.',
    'engine.lost.crashed': 'The engine that computes the figures crashed, and the tables it held went with it.',
    'engine.lost.kept': '{file} is still here, and so are your settings, scenarios and this view: open the data again to carry on where you were.',
    'engine.lost.reopen': 'Open the data again',
    'engine.lost.tip': 'If it stops again, close other tabs or load a shorter period.',
    'error.engine_lost': 'The analysis engine stopped while loading, most likely because the browser ran out of memory. Close other tabs or load a shorter period, then press “Load and analyse” again.',
    'update.ready': 'A new version of Ottok is ready.',
    'update.reload': 'Reload',
  },
  {
    'engine.lost.title': 'Движок расчётов остановился',
    'engine.lost.stopped': 'Браузер остановил движок, который считает показатели, — скорее всего, ему не хватило памяти (очень большой файл или много открытых вкладок). Таблицы, которые он держал, пропали вместе с ним.',
    'engine.lost.crashed': 'Движок, который считает показатели, аварийно завершился, и таблицы, которые он держал, пропали вместе с ним.',
    'engine.lost.kept': 'Файл {file} по-прежнему здесь, как и ваши настройки, сценарии и этот раздел: откройте данные снова, чтобы продолжить с того же места.',
    'engine.lost.reopen': 'Открыть данные снова',
    'engine.lost.tip': 'Если движок снова остановится, закройте другие вкладки или загрузите период покороче.',
    'error.engine_lost': 'Движок расчётов остановился во время загрузки — скорее всего, браузеру не хватило памяти. Закройте другие вкладки или загрузите период покороче и нажмите «Загрузить и посчитать» ещё раз.',
    'update.ready': 'Готова новая версия Ottok.',
    'update.reload': 'Перезагрузить',
  },
);
