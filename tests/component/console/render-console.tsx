import { render } from '@testing-library/preact';
import { ConsoleApp } from '../../../src/console/ConsoleApp.tsx';
import type { FakeConsoleServer } from './fake-console-server.ts';

/** Renders the console at `path` against a fake server; the API client reports a lost session to the app. */
export function renderConsole(server: FakeConsoleServer, path = '/pusat/') {
  history.replaceState(null, '', path);
  const view = render(<ConsoleApp fetch={server.fetch} />);
  return view;
}
