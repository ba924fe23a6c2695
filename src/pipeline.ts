// A pipeline is an ordered list of stages. Each stage declares the layers it requires and the
// layers it assigns, and returns them; run() checks the order and writes them onto the document.
import type { Doc } from './doc.js';

export interface Stage {
  name: string;
  requires: string[];
  assigns: string[];
  run: (doc: Doc) => Record<string, unknown>;
}

/** An error raised inside a stage, carrying the stage's name so a batch can report it. */
export class StageError extends Error {
  constructor(public stage: string, public override cause: unknown) {
    super(`stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StageError';
  }
}

/** Called before each stage runs (a worker tells its pool which stage it is in). */
export type OnStage = (index: number, stage: Stage) => void;

export function runStages(doc: Doc, stages: readonly Stage[], onStage?: OnStage): Doc {
  const have = new Set<string>();
  const layers = doc as unknown as Record<string, unknown>;
  for (const [index, stage] of stages.entries()) {
    for (const need of stage.requires) {
      if (!have.has(need)) throw new Error(`stage "${stage.name}" requires "${need}", which no earlier stage assigns; reorder the pipeline`);
    }
    onStage?.(index, stage);
    let result: Record<string, unknown>;
    try {
      result = stage.run(doc);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
    for (const key of stage.assigns) {
      if (!(key in result)) throw new StageError(stage.name, new Error(`did not assign "${key}"`));
      layers[key] = result[key];
      have.add(key);
    }
  }
  return doc;
}
