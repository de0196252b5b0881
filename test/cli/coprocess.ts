import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const CLI = "dist/cli.js";

/**
 * The BUILT command line kept as a child, talked to one line at a time as a PHP or Python parent
 * would: `ask` writes a line and waits (at most `timeoutMs`) for the next line of stdout, with stdin
 * still open; `end` closes stdin and waits for the exit.
 */
export class Coprocess {
  readonly #child: ChildProcessWithoutNullStreams;
  #stdout = "";
  #stderr = "";
  #waiting: (() => void) | undefined;
  readonly #exit: Promise<number | null>;

  constructor(args: readonly string[]) {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does)`);
    this.#child = spawn(process.execPath, [CLI, ...args], { stdio: "pipe" });
    this.#child.stdout.setEncoding("utf8").on("data", (text: string) => {
      this.#stdout += text;
      this.#waiting?.();
    });
    this.#child.stderr.setEncoding("utf8").on("data", (text: string) => (this.#stderr += text));
    this.#exit = new Promise((resolve) => this.#child.on("close", (code) => resolve(code)));
  }

  /** Writes `line` and its newline (stdin stays open), and resolves with the next line of stdout. */
  async ask(line: string | Buffer, timeoutMs: number): Promise<string> {
    this.#child.stdin.write(typeof line === "string" ? `${line}\n` : Buffer.concat([line, Buffer.from("\n")]));
    return this.nextLine(timeoutMs);
  }

  /** The next line of stdout, once it has come whole; rejects after `timeoutMs` with what came so far. */
  nextLine(timeoutMs: number): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting = undefined;
        reject(new Error(`no answer within ${timeoutMs} ms (stdout so far: ${JSON.stringify(this.#stdout.slice(0, 200))}, stderr: ${JSON.stringify(this.#stderr)})`));
      }, timeoutMs);
      const take = () => {
        const end = this.#stdout.indexOf("\n");
        if (end === -1) return;
        clearTimeout(timer);
        this.#waiting = undefined;
        const line = this.#stdout.slice(0, end);
        this.#stdout = this.#stdout.slice(end + 1);
        resolve(line);
      };
      this.#waiting = take;
      take();
    });
  }

  /** Closes stdin (the end of input) and resolves with the exit status, the rest of stdout and all of stderr. */
  async end(): Promise<{ status: number | null; stdout: string; stderr: string }> {
    this.#child.stdin.end();
    const status = await this.#exit;
    return { status, stdout: this.#stdout, stderr: this.#stderr };
  }

  /** Ends the child if a test failed half-way. */
  kill(): void {
    if (this.#child.exitCode === null) this.#child.kill();
  }
}
