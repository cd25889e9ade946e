// Moved to harness/scan-lib.ts; this re-export goes once the last importer moves.
export * from '../harness/scan-lib';
