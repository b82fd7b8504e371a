import { mount } from 'svelte';
import App from './App.svelte';
import { startEngine } from './engine/engine';
import { opensSnapshot, startShare } from './state/share-start.svelte';
import { appUpdate } from './state/app-update.svelte';
import { router } from './state/router.svelte';
import { VIEW_IDS } from './views/registry';
import './app.css';
import './export/print.css';
import './export/print-fit';

// The engine downloads and compiles while the user looks at the page (a snapshot needs none).
if (!opensSnapshot()) void startEngine();
router.setViews(VIEW_IDS);
// The service worker keeps this version for offline use and says when a newer one is ready (after the load
// event: its script is not needed before).
if (document.readyState === 'complete') appUpdate.start();
else window.addEventListener('load', () => appUpdate.start(), { once: true });
// A shared link's settings, `?data=` file or snapshot, before the first render.
startShare();

mount(App, { target: document.getElementById('app')! });
