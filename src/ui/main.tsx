import { render } from 'preact';
import { savedLang, setLang } from '../i18n/i18n.ts';
import { registerServiceWorker } from '../pwa/register-sw.ts';
import { App } from './App.tsx';
import './styles/app.css';

async function start(): Promise<void> {
  await setLang(savedLang(), { persist: false });
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  render(<App />, root);
  // Read by bench/cold-start.ts: the first screen is on the glass and handlers are attached.
  performance.mark('saring:interactive');
  registerServiceWorker();
}

void start();
