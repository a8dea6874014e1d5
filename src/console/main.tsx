import { render } from 'preact';
import { savedLang, setLang } from '../i18n/i18n.ts';
import { ConsoleApp } from './ConsoleApp.tsx';
import './console.css';

async function start(): Promise<void> {
  await setLang(savedLang(), { persist: false });
  const root = document.getElementById('app');
  if (!root) throw new Error('missing #app');
  render(<ConsoleApp />, root);
}

void start();
