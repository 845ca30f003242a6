/**
 * The build marks lab's modules free of side effects (site/config/lab-without-side-effects.mjs), so a
 * page's chunks keep only the lab modules it uses. That holds only while no lab file acts at its top
 * level: this reads every lab file and finds those that do (a statement that is not a declaration, or
 * an import kept for its effects), which must be exactly the files the plugin leaves alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAB_FILES_WITH_IMPORT_EFFECTS, labModuleWithoutEffects } from '../../site/config/lab-without-side-effects.mjs';

function labFiles(folder = 'lab'): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return labFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const DECLARATION_KINDS = new Set([
  ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.ExportDeclaration, ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration, ts.SyntaxKind.TypeAliasDeclaration, ts.SyntaxKind.EnumDeclaration, ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.ModuleDeclaration, ts.SyntaxKind.ExportAssignment,
]);

/** Top-level statements that act when the file is imported: expressions, control flow, `import 'x'`. */
function importEffects(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements
    .filter((statement) => !DECLARATION_KINDS.has(statement.kind) || (ts.isImportDeclaration(statement) && !statement.importClause))
    .map((statement) => statement.getText(source).split('\n')[0]);
}

describe('lab modules without side effects', () => {
  it('are every lab file but those that act when imported, which the build leaves alone', () => {
    const files = labFiles();
    expect(files.length).toBeGreaterThan(100);
    const acting = files.filter((file) => importEffects(file).length > 0).sort();
    expect(acting).toEqual([...LAB_FILES_WITH_IMPORT_EFFECTS].sort());
  });

  it('finds a top-level call and a bare import as effects, and declarations as none', () => {
    expect(importEffects('lab/experiments/pool/node-worker.ts').some((line) => line.startsWith('port.on('))).toBe(true);
    expect(importEffects('lab/tfjs-core-browser.ts')).toContain("import '@tensorflow/tfjs-core/dist/register_all_gradients';");
    expect(importEffects('lab/tfjs-core-browser.ts').some((line) => line.startsWith("registerBackend('cpu'"))).toBe(true);
    expect(importEffects('lab/index.ts')).toEqual([]);
  });

  it('marks a lab module by its absolute id, and neither the listed files nor files outside lab', () => {
    expect(labModuleWithoutEffects(resolve('lab/rng.ts'))).toBe(true);
    expect(labModuleWithoutEffects(`${resolve('lab/train/grid.ts')}?v=1`)).toBe(true);
    expect(labModuleWithoutEffects(resolve('lab/tfjs-core-browser.ts'))).toBe(false);
    expect(labModuleWithoutEffects(resolve('lab/datasets/real/data/penguins.json'))).toBe(false);
    expect(labModuleWithoutEffects(resolve('components/ui/demo-run/demo-run.ts'))).toBe(false);
    expect(labModuleWithoutEffects(resolve('labs/rng.ts'))).toBe(false);
  });
});
