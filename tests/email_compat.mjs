// Email-client support check for tests/test_email_compat.py: caniemail data via doiuse-email.
// Usage: node tests/email_compat.mjs FILE.html... ; prints {"<file>": ["<feature> | <client>", ...]}
// with each unsupported (feature, client) pair once, sorted. Exits 2 on bad usage.
import { readFileSync } from "node:fs";
import { doIUseEmail } from "doiuse-email";

export const CLIENTS = ["gmail.*", "outlook.*", "apple-mail.*"];
const ERROR_RE = /^`(.+)` is not supported by `([^`]+)`$/;

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: node tests/email_compat.mjs FILE.html...\n");
  process.exit(2);
}
const report = {};
for (const file of files) {
  const result = doIUseEmail(readFileSync(file, "utf8"), { emailClients: CLIENTS });
  const pairs = new Set();
  for (const error of result.errors ?? []) {
    const match = ERROR_RE.exec(error);
    pairs.add(match ? `${match[1]} | ${match[2]}` : error);
  }
  report[file] = [...pairs].sort();
}
process.stdout.write(JSON.stringify(report, null, 1) + "\n");
