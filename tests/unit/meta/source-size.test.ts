import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Keeps the code easy to read and change: no hand-written source file over 300 lines and no
 * function over 80. Data files are exempt: they are long because the knowledge is.
 */

const ROOT = join(__dirname, '../../..');
const FOLDERS = ['content', 'components', 'entrypoints', 'utils', 'scripts'];
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

/** Long by nature: the knowledge itself, labelled examples and generated files. */
const EXEMPT = [
  /^content\/(sections|resources|data|generated)\//,
  /^content\/(faqs|glossary|sources|areas)\.ts$/,
  // The lookup's labelled examples are data.
  /^content\/lookup\/examples\//,
  /^scripts\/(build-section-index|load-lookup)\.mjs$/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

const files = FOLDERS.flatMap(sourceFiles)
  .map((path) => relative(ROOT, join(ROOT, path)))
  .filter((path) => !EXEMPT.some((pattern) => pattern.test(path)));

/** Every function in a file with its line count, named as a reader would find it. */
function functionLengths(path: string): { name: string; lines: number }[] {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const kind = path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText(source) ?? `function at line ${start + 1}`;
      found.push({ name: `${path}: ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('source size', () => {
  it('finds the source files it checks', () => {
    expect(files).toContain('components/explainer/ExplainerView.tsx');
    expect(files).toContain('utils/settings.ts');
    expect(files).not.toContain('content/lookup.ts');
  });

  it(`has no hand-written file over ${MAX_FILE_LINES} lines`, () => {
    const long = files
      .map((path) => ({ path, lines: readFileSync(join(ROOT, path), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_FILE_LINES);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap(functionLengths).filter(({ lines }) => lines > MAX_FUNCTION_LINES);
    expect(long).toEqual([]);
  });
});
