import { spawn } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..", "..", "..");
const bin = join(root, "bin", "phuluc.js");

// Every case starts Node processes that load the compiled CLI and ExcelJS and read real plans: a second or two alone,
// past jest's 5 s default on a busy two-core machine. What is checked is the output, never the time.
jest.setTimeout(120_000);

describe("the phuluc command as installed (bin/phuluc.js over the compiled CLI)", () => {
  beforeAll(() => {
    // `npm install` / `npm ci` compile the CLI (the "prepare" script); without it the test means nothing.
    if (!existsSync(join(root, "dist", "node", "cli", "main.js"))) throw new Error("run npm run build:cli first");
  });

  test("a reader that closes the pipe early (| head) ends the command quietly, without a stack trace", async () => {
    // Exactly what a batch script does: a real shell pipe into head, which exits after 100 bytes.
    const fixtures = ["gia-lai-2021", "quang-ngai-2021-2025", "dong-nai-2017"].map(
      (f) => `"${join(root, "test", "fixtures", `${f}.xlsx`)}"`,
    );
    const child = spawn("sh", ["-c", `"${process.execPath}" "${bin}" check ${fixtures.join(" ")} --json | head -c 100 > /dev/null`], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
  });

  test("exit status and one-line errors reach the shell", async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "ignore", "pipe"] });
        let stderr = "";
        c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        c.on("close", (code) => resolve({ code, stderr }));
      });
    const missing = await run(["check", "khong-co.xlsx"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("phuluc: không tìm thấy tệp: khong-co.xlsx\n");
    expect((await run(["check", join(root, "test", "fixtures", "gia-lai-2021.xlsx")])).code).toBe(1);
    expect((await run(["check", join(root, "test", "fixtures", "dong-nai-2017.xlsx")])).code).toBe(0);
  });
});
