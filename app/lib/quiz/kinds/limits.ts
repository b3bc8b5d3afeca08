// Answer limits, shared by the answer schemas (server) and the inputs (browser) without pulling
// the schemas into the page's script.
export const MAX_FILL_LENGTH = 200;
export const MAX_REASONING_LENGTH = 2000;
export const MAX_EVIDENCE = 8;
