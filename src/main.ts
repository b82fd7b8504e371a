import { mount } from 'svelte';
import App from './App.svelte';
import { startEngine } from './engine/engine';
import './app.css';

// The engine downloads and compiles while the user looks at the page.
void startEngine();

mount(App, { target: document.getElementById('app')! });
