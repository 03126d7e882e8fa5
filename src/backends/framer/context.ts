/** What every generator of the Framer reads: the view of the reasoned graph and the catalogue of facts. */
import { FactCatalogue } from './facts.js';
import type { FramerView } from './view.js';

export interface Ctx {
  view: FramerView;
  facts: FactCatalogue;
}

export const makeCtx = (view: FramerView): Ctx => ({ view, facts: new FactCatalogue(view) });
