import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, newQueryClient, startLoading } from './app/app.tsx';
import { initialLocale } from './i18n/index.ts';
import './styles.css';

const queryClient = newQueryClient();
startLoading(queryClient, location.pathname);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App locale={initialLocale()} queryClient={queryClient} />
  </StrictMode>,
);
