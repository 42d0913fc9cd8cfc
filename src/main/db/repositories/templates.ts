import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { TemplateContent, TemplateSummary } from '../../../shared/domain/plan.ts';
import { storedTemplateContentSchema } from '../../../shared/domain/plan-stored.ts';
import { statement } from '../statements.ts';
import { readStoredJson } from './stored-json.ts';

interface TemplateRow {
  id: string;
  name: string;
  description: string;
  built_in: number;
  content: string;
}

const toSummary = (row: Omit<TemplateRow, 'content'>): TemplateSummary => ({
  id: row.id,
  name: row.name,
  description: row.description,
  builtIn: row.built_in === 1,
});

/** Built-in templates first, then the therapist's own, each by name. */
export function listTemplates(db: Database): TemplateSummary[] {
  const rows = statement(
    db,
    'SELECT id, name, description, built_in FROM plan_templates ORDER BY built_in DESC, name COLLATE NOCASE',
  ).all() as Omit<TemplateRow, 'content'>[];
  return rows.map(toSummary);
}

export function findTemplateContent(db: Database, id: string): TemplateContent | null {
  const row = statement(db, 'SELECT content FROM plan_templates WHERE id = ?').get(id) as
    { content: string } | undefined;
  // Read as saved: a template an earlier version accepted still starts plans as it did.
  return row
    ? readStoredJson(storedTemplateContentSchema, row.content, {
        table: 'plan_templates',
        id,
        column: 'content',
      })
    : null;
}

export interface NewTemplate {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  content: TemplateContent;
}

/** Adds a template, or (built-in ones, from the seed) replaces it. */
export function upsertTemplate(db: Database, t: NewTemplate, now: string): TemplateSummary {
  statement(
    db,
    `INSERT INTO plan_templates (id, name, description, built_in, content, created_at, updated_at)
     VALUES (:id, :name, :description, :built_in, :content, :now, :now)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,
       content = excluded.content, updated_at = excluded.updated_at`,
  ).run({
    id: t.id,
    name: t.name,
    description: t.description,
    built_in: t.builtIn ? 1 : 0,
    content: JSON.stringify(t.content),
    now,
  });
  return { id: t.id, name: t.name, description: t.description, builtIn: t.builtIn };
}

/** Gives a template a new name and description; its content and the plans made from it stay. */
export function renameTemplate(
  db: Database,
  id: string,
  name: string,
  description: string,
  now: string,
): boolean {
  return (
    statement(
      db,
      'UPDATE plan_templates SET name = ?, description = ?, updated_at = ? WHERE id = ?',
    ).run(name, description, now, id).changes > 0
  );
}

/** Deletes a template. Plans copied their content when started, so none of them changes. */
export function deleteTemplate(db: Database, id: string): boolean {
  return statement(db, 'DELETE FROM plan_templates WHERE id = ?').run(id).changes > 0;
}
