import { Route, Routes } from 'react-router';
import '../bots.css';
import BotListPage from './bot-list-page.tsx';
import { EditBotPage, NewBotPage } from './bot-editor-page.tsx';

/** The bots pages: the list, a new bot, and a bot's editor with its preview and publishing. */
export default function BotsRoutes() {
  return (
    <Routes>
      <Route index element={<BotListPage />} />
      <Route path="new" element={<NewBotPage />} />
      <Route path=":botId" element={<EditBotPage />} />
    </Routes>
  );
}
