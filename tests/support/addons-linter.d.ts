// The part of addons-linter's Node API the store test uses (the package ships no types).
declare module 'addons-linter' {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const linter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LintResult> };
  };
  export default linter;
}
