import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, newQueryClient, startLoading } from './app/app.tsx';
import { initialLocale } from './i18n/index.ts';
import './styles.css';

const queryClient = newQueryClient();
const pageCode = startLoading(queryClient, location);
function mount() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App locale={initialLocale()} queryClient={queryClient} />
    </StrictMode>,
  );
}
// The script is async (vite.config.ts): it may run before the browser has read the page's body.
const bodyRead = document.getElementById('root')
  ? Promise.resolve()
  : new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
void Promise.all([pageCode, bodyRead]).then(mount);
