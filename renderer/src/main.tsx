import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './shell/App';
import { MissingBridge } from './shell/MissingBridge';
import { createClient, findBridge } from './ipc/client';
import { installFlushBeforeQuit } from './annotations/flush-before-quit';
import { installPerfHook } from './perf/perf-log';
import './styles/base.css';
import './styles/chrome.css';
import './styles/reader.css';
import './styles/highlights.css';
import './styles/sidebar.css';
import './styles/accessibility.css';

installPerfHook();
installFlushBeforeQuit();
const bridge = findBridge();
const root = createRoot(document.getElementById('root')!);
root.render(<StrictMode>{bridge ? <App bridge={bridge} client={createClient(bridge)} /> : <MissingBridge />}</StrictMode>);
