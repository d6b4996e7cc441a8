import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { toExtraction } from '../../app/extraction.js';
import { UserError } from '../../core/errors.js';
import { articleFromJson } from '../../ingest/jsonl-file.js';
import { defaultPipeline, loadResources } from '../../pipeline/default.js';
import { numFlag, parse } from '../args.js';
import type { Command } from './command.js';
import { extraKbFolders, KB_USAGE, kbOption } from './kb.js';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'code articles from JSON lines to extraction lines, statelessly (see ../shared/eval/FORMAT.md)',
  usage: 'attache extract --input articles.jsonl|- --output out.jsonl|- [--min-confidence X] [--trace] [--kb DIR]\n' + KB_USAGE,
  async run(argv) {
    const { values } = parse('extract', argv, { input: { type: 'string', short: 'i' }, output: { type: 'string', short: 'o' }, trace: { type: 'boolean' }, 'min-confidence': { type: 'string' }, ...kbOption }, false);
    const minConfidence = numFlag('min-confidence', values['min-confidence']) ?? 0;
    if (minConfidence < 0 || minConfidence > 1) throw new UserError(`--min-confidence '${minConfidence}' is not between 0 and 1`);
    if (values.help) return (console.log(this.usage), 0);
    const input = values.input ?? '-';
    const output = values.output ?? '-';
    if (input !== '-' && !existsSync(input)) throw new UserError(`no such input file '${input}'`, 'give a JSON-lines file of articles, or - for standard input');
    const pipeline = defaultPipeline(loadResources({ extraKb: extraKbFolders(values.kb) }));
    const out = output === '-' ? process.stdout : createWriteStream(output);
    const lines = createInterface({ input: input === '-' ? process.stdin : createReadStream(input), crlfDelay: Infinity });
    let n = 0;
    let failed = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      try {
        const article = articleFromJson(JSON.parse(line), `${input}:${n}`);
        const doc = pipeline.run(article, { trace: !!values.trace });
        const extraction = toExtraction(doc);
        extraction.events = extraction.events.filter((e) => e.confidence >= minConfidence);
        out.write(`${JSON.stringify(extraction)}\n`);
        if (values.trace) for (const t of doc.trace ?? []) console.error(`[${article.id} s${t.sentence} ${t.stage}] ${t.message}`);
      } catch (e) {
        failed++;
        // a reader's message already names the line; a JSON parse error does not
        console.error(`failed: ${e instanceof SyntaxError ? `${input}:${n}: not valid JSON (${e.message})` : (e as Error).message}`);
      }
    }
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(resolve));
    return failed ? 1 : 0;
  },
};
