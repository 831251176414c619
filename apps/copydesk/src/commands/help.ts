const common = `Common options:
  -c, --config <file>     Config file (default: copydesk.config.{ts,mts,js,mjs,json} in the current folder)
      --log-format <fmt>  pretty (default) or json
  -q, --quiet             Only warnings and errors
  -v, --verbose           Debug logs and info messages too
  -h, --help              Show this help`

const exit = `Exit codes: 0 all good, 1 some articles or files failed, 2 usage or configuration error.`

/** Help text per command, and for copydesk itself (key ``). */
export const helpTexts: Record<string, string> = {
  '': `Usage: copydesk <command> [options]

Ingest, normalize, tag and publish news articles as JSON, Markdown, RSS, Atom and JSON Feed.

Commands:
  build [inputs...]   Publish the inputs (default: content/) into a folder (default: public/)
  watch [inputs...]   Build, then rebuild what changed whenever an input or the config changes
  serve [dir]         Serve a published folder on http://127.0.0.1:4321/
  check [dir]         Validate a published folder: feeds, article JSON, no orphans
  tag --jsonl         Tag JSON Lines {"id","text","date"?} from stdin, one result line per input

Options:
  -h, --help          Show help (also: copydesk <command> --help)
      --version       Show the version

${exit}`,
  build: `Usage: copydesk build [inputs...] [options]

Ingest the inputs (files, folders, globs, - for stdin), normalize and tag every article
and write articles/<slug>.json, articles/<slug>.md, feed.xml, atom.xml and feed.json.
Unchanged articles come from the cache; bad inputs are reported and the rest goes on.

Options:
  -o, --out <dir>         Output folder (default: public)
      --site <url>        Absolute URL the site is served from (default: https://example.com/)
      --title <text>      Site and feed title (default: copydesk)
  -j, --concurrency <n>   Tagging threads (default: number of CPU cores; 1 = main thread)
      --cache-dir <dir>   Cache folder (default: .copydesk)
      --no-cache          Tag every article again; the cache is neither read nor written
      --max-bytes <n>     Largest source file read, in bytes (default: 10485760)
      --max-items <n>     Most articles read from one source, e.g. feed items (default: 10000)
${common}

${exit}`,
  watch: `Usage: copydesk watch [inputs...] [options]

Build once, then rebuild whenever an input or the config file changes. Only changed
articles are tagged again. Stop with Ctrl-C.

Options: the same as copydesk build.
${common}`,
  serve: `Usage: copydesk serve [dir] [options]

Serve a published folder (default: the configured output, public/) with the right content
types, ETag and Last-Modified (304 Not Modified), gzip and brotli. Only GET and HEAD; nothing
outside the folder is ever served. Stop with Ctrl-C.

Options:
  -p, --port <n>          Port (default: 4321; 0 picks a free one)
      --host <host>       Address to listen on (default: 127.0.0.1)
${common}`,
  check: `Usage: copydesk check [dir] [options]

Validate a published folder (default: the configured output, public/): every article JSON is
valid against the @copydesk/schema JSON Schema, feeds are well-formed and agree with the
articles, and no file is orphaned. Each problem names the file.

${common}

${exit}`,
  tag: `Usage: copydesk tag --jsonl [options]

Read JSON Lines {"id", "text", "date"?} on stdin and write, per input line, one line
{"id", "entities": [{"start","end","type","text"}], "keyphrases": [...], "quotes":
[{"start","end","kind","speaker","speakerStart","speakerEnd"}]} on stdout. Offsets are
JavaScript string indices into the text as given; entities lists every mention.

Options:
      --jsonl             Required: the input and output format
  -j, --concurrency <n>   Tagging threads (default: number of CPU cores)
${common}

${exit}`
}
