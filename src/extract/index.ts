/** Extraction: Document IR → Norm IR (rule-based), and analyst review of the result. */
export { ConceptIndex, type ConceptHit } from './concepts.js';
export { extractNorms, type ExtractContext } from './extract.js';
export { parseReview, applyReviews, type Review, type ClauseReview, type ReviewedNorm } from './review.js';
