// Bundles the three faces with esbuild: the CLI, the language server and the
// VS Code client. nodejieba stays external (a native addon shipped as is), and
// `vscode` is provided by the extension host.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['nodejieba', 'vscode'],
  absWorkingDir: root,
  // jsonc-parser's UMD build requires files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
  plugins: [xlsxApart()],
};

/**
 * exceljs is a megabyte of code that only an export needs: src/core/reports/exportXlsx.ts
 * requires './xlsx' lazily, and here that require stays a require of dist/xlsx.js
 * (its own bundle, below) instead of pulling exceljs into every bundle.
 */
function xlsxApart() {
  return {
    name: 'xlsx-apart',
    setup(b) {
      b.onResolve({ filter: /^\.\/xlsx$/ }, (args) => (args.importer.endsWith(path.join('reports', 'exportXlsx.ts')) ? { path: './xlsx.js', external: true } : undefined));
    },
  };
}

const entries = [
  // The CLI loads zod and iconv-lite from node_modules only when a config file or a
  // GBK file needs them, so they stay out of the bundle it parses at every start.
  { in: 'src/cli/main.ts', out: 'dist/cli.js', external: ['zod', 'iconv-lite'] },
  { in: 'src/server/main.ts', out: 'dist/server.js' },
  // The keyword worker thread the server starts on the first citation hover.
  { in: 'src/server/keywordWorker.ts', out: 'dist/keywordWorker.js' },
  // The extension records when its module starts loading, for the activation-time figure.
  { in: 'src/extension/main.ts', out: 'dist/extension.js', banner: 'globalThis.__policylintLoadedAt = performance.now();', footer: 'globalThis.__policylintEvaluatedAt = performance.now();' },
  // exceljs in a file of its own, loaded only when a report is exported.
  { in: 'src/core/reports/xlsx.ts', out: 'dist/xlsx.js' },
];

await Promise.all(
  entries
    .filter((e) => existsSync(path.join(root, e.in)))
    .map((e) =>
      build({
        ...common,
        entryPoints: [e.in],
        outfile: e.out,
        external: [...common.external, ...(e.external ?? [])],
        ...(e.banner ? { banner: { js: e.banner } } : {}),
        ...(e.footer ? { footer: { js: e.footer } } : {}),
      }),
    ),
);
