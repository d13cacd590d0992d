import type { StoredBilingual } from '../../store/index.ts';
import type { TransparencyNotice } from './notice.ts';

type Lang = 'en' | 'zhHant';

const HEADINGS: Record<string, StoredBilingual> = {
  title: { en: 'AI transparency notice', zhHant: '人工智能透明度聲明' },
  whatItDoes: { en: 'What it does', zhHant: '用途' },
  whatItDoesNotDo: { en: 'What it does not do', zhHant: '不會做的事' },
  howItWorks: { en: 'How it works', zhHant: '運作方式' },
  models: { en: 'AI models used', zhHant: '所用人工智能模型' },
  reportedModels: { en: 'Models the providers report answering', zhHant: '服務供應商報稱作答的模型' },
  data: { en: 'Data used', zhHant: '所用資料' },
  humanOversight: { en: 'Human oversight', zhHant: '人為監督' },
  reachAPerson: { en: 'How to reach a person', zhHant: '如何聯絡職員' },
  complaints: { en: 'How to complain', zhHant: '如何投訴' },
  risk: { en: 'Risk assessment', zhHant: '風險評估' },
  ownerDepartment: { en: 'Responsible department', zhHant: '負責部門' },
  lastAssessment: { en: 'Last assessment', zhHant: '最近一次評估' },
  lastEvaluation: { en: 'Last evaluation', zhHant: '最近一次測試' },
  about: { en: 'About this notice', zhHant: '關於本聲明' },
};

const WORDS = {
  noModel: { en: 'None: answers are approved text, quoted.', zhHant: '沒有：回答均為引述的已核准文字。' },
  never: { en: 'Not yet.', zhHant: '尚未進行。' },
  lastSeen: { en: 'last seen', zhHant: '最近一次見於' },
  passed: { en: 'passed', zhHant: '通過' },
  failed: { en: 'not passed', zhHant: '未通過' },
  stage: { en: 'stage', zhHant: '階段' },
  version: { en: 'Notice version', zhHant: '聲明版本' },
  published: { en: 'published', zhHant: '發布於' },
  json: { en: 'This notice as data (JSON)', zhHant: '本聲明的數據版本（JSON）' },
  modelledOn: { en: 'Modelled on', zhHant: '參照' },
  other: { en: '繁體中文版本', zhHant: 'English version' },
} satisfies Record<string, StoredBilingual>;

const STAGES: Record<string, StoredBilingual> = {
  planning: { en: 'planning', zhHant: '規劃' },
  development: { en: 'development', zhHant: '開發' },
  deployment: { en: 'deployment', zhHant: '部署' },
  monitoring: { en: 'monitoring', zhHant: '監察' },
};

/** Each language's own punctuation: Chinese takes full-width marks with no space around them. */
const MARKS = {
  en: { colon: ': ', comma: ', ', open: ' (', close: ')', end: '.' },
  zhHant: { colon: '：', comma: '，', open: '（', close: '）', end: '。' },
} as const;

const ATTR = { en: 'en', zhHant: 'zh-Hant' } as const;
const ID = { en: 'en', zhHant: 'zh-hant' } as const;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const day = (iso: string) => iso.slice(0, 10);

/**
 * The notice as an accessible HTML page: both languages in full, each in a section marked with its
 * `lang`, the reader's language first (and as the page's language); headings in order, text in
 * dark grey on white (contrast above 12:1), underlined links, no script.
 *
 * @example reply.type('text/html').send(renderNoticeHtml(notice, { prefer: 'zhHant', jsonPath: '/transparency/demo-1823.json' }))
 */
export function renderNoticeHtml(notice: TransparencyNotice, options: { prefer: Lang; jsonPath: string }): string {
  const order: Lang[] = options.prefer === 'en' ? ['en', 'zhHant'] : ['zhHant', 'en'];
  const first = order[0] ?? 'en';
  return `<!doctype html>
<html lang="${ATTR[first]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${notice.name[first]} · ${HEADINGS.title?.[first] ?? ''}`)}</title>
<link rel="alternate" type="application/json" href="${escapeHtml(options.jsonPath)}">
<style>
body { margin: 0; font: 1rem/1.6 system-ui, "Noto Sans TC", "Microsoft JhengHei", sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
a { color: #0b4f8a; text-decoration: underline; }
a:focus-visible { outline: 3px solid #8a5a00; outline-offset: 2px; }
h1 { font-size: 1.6rem; line-height: 1.3; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.25rem; }
p, ul { margin: 0.25rem 0; }
.meta { color: #3d3d3d; }
</style>
</head>
<body>
<main>
${order.map((lang) => section(notice, lang, options.jsonPath)).join('\n')}
</main>
</body>
</html>
`;
}

function section(notice: TransparencyNotice, lang: Lang, jsonPath: string): string {
  const h = (key: string) => escapeHtml(HEADINGS[key]?.[lang] ?? key);
  const t = (text: StoredBilingual) => escapeHtml(text[lang]);
  const marks = MARKS[lang];
  const other: Lang = lang === 'en' ? 'zhHant' : 'en';
  const models = notice.models.length
    ? `<ul>${notice.models.map((m) => `<li>${escapeHtml(`${m.provider} — ${m.model}`)}</li>`).join('')}</ul>`
    : `<p>${t(WORDS.noModel)}</p>`;
  // What a provider says answered: the name a model is asked for can be served by a newer model.
  const reported = notice.reportedModels.length
    ? `<h3>${h('reportedModels')}</h3>\n<ul>${notice.reportedModels
        .map(
          (m) =>
            `<li>${escapeHtml(`${m.provider} — ${m.model}`)}${marks.open}${t(WORDS.lastSeen)} <time datetime="${escapeHtml(m.lastSeen)}">${escapeHtml(day(m.lastSeen))}</time>${marks.close}</li>`,
        )
        .join('')}</ul>\n`
    : '';
  const assessment = notice.lastAssessment
    ? `<p>${escapeHtml(day(notice.lastAssessment.completedAt))}${marks.open}${t(STAGES[notice.lastAssessment.stage] ?? { en: notice.lastAssessment.stage, zhHant: notice.lastAssessment.stage })}${lang === 'en' ? ' ' : ''}${t(WORDS.stage)}${marks.close}</p>`
    : `<p>${t(WORDS.never)}</p>`;
  const evaluation = notice.lastEvaluation
    ? `<p>${escapeHtml(day(notice.lastEvaluation.finishedAt))}</p><ul>${notice.lastEvaluation.suites
        .map(
          (s) =>
            `<li>${t(s.name)}${marks.colon}${escapeHtml(String(s.score))}${s.grade ? `${marks.open}${escapeHtml(s.grade)}${marks.close}` : ''}${marks.comma}${t(s.passed ? WORDS.passed : WORDS.failed)}</li>`,
        )
        .join('')}</ul>`
    : `<p>${t(WORDS.never)}</p>`;
  return `<section lang="${ATTR[lang]}" id="${ID[lang]}" aria-labelledby="${ID[lang]}-title">
<p><a href="#${ID[other]}" lang="${ATTR[other]}">${t(WORDS.other)}</a></p>
<h1 id="${ID[lang]}-title">${t(notice.name)}<br>${h('title')}</h1>
<p class="meta">${h('ownerDepartment')}${marks.colon}${t(notice.ownerDepartment.name)}</p>
<h2>${h('whatItDoes')}</h2>
<p>${t(notice.whatItDoes)}</p>
<h3>${h('whatItDoesNotDo')}</h3>
<p>${t(notice.whatItDoesNotDo)}</p>
<h3>${h('howItWorks')}</h3>
<p>${t(notice.howItWorks)}</p>
<h3>${h('models')}</h3>
${models}
${reported}<h3>${h('data')}</h3>
<p>${t(notice.data.description)}</p>
<h2>${h('humanOversight')}</h2>
<p>${t(notice.humanOversight.description)}</p>
<h3>${h('reachAPerson')}</h3>
<p>${t(notice.reachAPerson)}</p>
<h3>${h('complaints')}</h3>
<p>${t(notice.complaints)}</p>
<h2>${h('risk')}</h2>
<p>${t(notice.risk.description)}</p>
<h3>${h('lastAssessment')}</h3>
${assessment}
<h3>${h('lastEvaluation')}</h3>
${evaluation}
<h2>${h('about')}</h2>
<p class="meta">${t(WORDS.version)} ${notice.notice.version}${notice.notice.publishedAt ? `${marks.comma}${t(WORDS.published)} ${escapeHtml(day(notice.notice.publishedAt))}` : ''}${marks.end}</p>
<p class="meta">${t(WORDS.modelledOn)}${marks.colon}<span lang="en">${escapeHtml(notice.modelledOn)}</span></p>
<p><a href="${escapeHtml(jsonPath)}">${t(WORDS.json)}</a></p>
</section>`;
}
