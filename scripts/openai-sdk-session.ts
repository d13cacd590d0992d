/**
 * A developer's first session with LionRock through the official `openai` client, printed as a
 * readable transcript: the model list, a Cantonese question, a follow-up read from the history, a
 * streamed answer with its usage, the same through the Responses API (a follow-up by
 * previous_response_id, its citations as annotations), and errors as the SDK surfaces them (issue #13,
 * items 8–12).
 *
 *   npx tsx scripts/openai-sdk-session.ts [http://127.0.0.1:8080]
 *
 * It sends the placeholder key a client sends when the user leaves the key blank
 * (`sk-no-key-required`), so it talks to a fresh `npm start` as an anonymous citizen.
 */
import OpenAI, { APIError } from 'openai';

const base = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-no-key-required', maxRetries: 0 });
const out = (line = '') => process.stdout.write(`${line}\n`);
const indent = (text: string) => text.replace(/^/gm, '    ');

async function main(): Promise<void> {
  out(`# OpenAI SDK session against ${base}/v1 (openai npm client, key "sk-no-key-required")`);

  out('\n> client.models.list()');
  const models: OpenAI.Model[] = [];
  for await (const model of client.models.list()) models.push(model);
  for (const m of models)
    out(`    ${m.id}  (owned_by ${m.owned_by}, created ${new Date(m.created * 1000).toISOString()})`);
  const model = models.find((m) => m.id === 'demo-dog-licence')?.id ?? models[0]?.id;
  if (!model) throw new Error('No published bot to talk to: seed the demo bots (npm start does on a fresh folder)');

  const question = '狗牌幾錢？';
  out(
    `\n> client.chat.completions.create({ model: '${model}', messages: [{ role: 'user', content: '${question}' }] })`,
  );
  const first = await client.chat.completions.create({ model, messages: [{ role: 'user', content: question }] });
  const answer = first.choices[0]?.message.content ?? '';
  out(indent(answer));
  out(`    [finish_reason ${first.choices[0]?.finish_reason}, usage ${JSON.stringify(first.usage)}]`);

  const followUp = '點樣續期？';
  out(`\n> the same conversation resent with a follow-up: ... { role: 'user', content: '${followUp}' }`);
  const second = await client.chat.completions.create({
    model,
    messages: [
      { role: 'user', content: question },
      { role: 'assistant', content: answer },
      { role: 'user', content: followUp },
    ],
  });
  out(indent(second.choices[0]?.message.content ?? ''));

  const streamed = 'How do I apply for a dog licence?';
  out(`\n> stream: true, stream_options: { include_usage: true }, content: '${streamed}'`);
  const stream = await client.chat.completions.create({
    model,
    stream: true,
    stream_options: { include_usage: true },
    messages: [{ role: 'user', content: streamed }],
  });
  let chunks = 0;
  process.stdout.write('    ');
  for await (const chunk of stream) {
    chunks += 1;
    const delta = chunk.choices[0]?.delta.content;
    if (delta) process.stdout.write(delta.replace(/\n/g, '\n    '));
    if (chunk.usage) out(`\n    [${chunks} chunks; last chunk usage ${JSON.stringify(chunk.usage)}]`);
  }

  out(`\n> client.responses.create({ model: '${model}', input: '${question}' })`);
  const response = await client.responses.create({ model, input: question });
  out(indent(response.output_text));
  const [message] = response.output;
  const annotations =
    message?.type === 'message' && message.content[0]?.type === 'output_text' ? message.content[0].annotations : [];
  for (const a of annotations) {
    if (a.type === 'url_citation')
      out(`    [annotation: "${response.output_text.slice(a.start_index, a.end_index)}" → ${a.url}]`);
  }
  out(
    `\n> client.responses.create({ model: '${model}', previous_response_id: '${response.id.slice(0, 14)}…', input: '${followUp}' })`,
  );
  const next = await client.responses.create({ model, previous_response_id: response.id, input: followUp });
  out(indent(next.output_text));
  out(`    [status ${next.status}, usage ${JSON.stringify(next.usage)}]`);

  out('\n> errors, as the SDK surfaces them');
  const show = async (label: string, call: () => Promise<unknown>) => {
    try {
      await call();
      out(`    ${label}: (no error)`);
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
      out(`    ${label}: ${error.constructor.name} ${error.status}: ${error.message}`);
      out(`      type=${error.type} param=${error.param} code=${error.code}`);
    }
  };
  await show('unknown model', () =>
    client.chat.completions.create({ model: 'no-such-bot', messages: [{ role: 'user', content: 'hi' }] }),
  );
  await show('unknown model, Accept-Language: zh-HK', () =>
    client.chat.completions.create(
      { model: 'no-such-bot', messages: [{ role: 'user', content: 'hi' }] },
      { headers: { 'accept-language': 'zh-HK' } },
    ),
  );
  await show('n: 2', () =>
    client.chat.completions.create({ model, n: 2, messages: [{ role: 'user', content: question }] }),
  );
  await show('responses: tools', () =>
    client.responses.create({ model, input: question, tools: [{ type: 'web_search' }] }),
  );
  await show('a wrong LionRock key', () =>
    new OpenAI({ baseURL: `${base}/v1`, apiKey: 'lr_notarealkeynotarealkeynotarealkey', maxRetries: 0 }).models.list(),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
