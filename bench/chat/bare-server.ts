/**
 * The yardstick of `npm run bench:chat`: a bare fastify server with one trivial JSON route on the
 * chat path, started in its own process like `lionrock serve`, so chat throughput can be stated as
 * a share of what fastify alone does on the same machine in the same run (absolute requests/s vary
 * severalfold between machines). Prints `listening on <url>` once it accepts connections.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post<{ Params: { bot: string }; Body: { question?: string } }>('/api/v1/bots/:bot/ask', async (request) => ({
  bot: request.params.bot,
  answer: `echo: ${request.body.question ?? ''}`,
}));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening on ${url}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
