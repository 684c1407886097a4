/**
 * A TCP proxy between the apps and PostgreSQL that counts what they ask of the database. It
 * reads the frontend half of the wire protocol (the apps' side; the server's answers pass
 * through untouched): every Execute of a prepared statement and every simple Query is one
 * statement, recorded with its SQL text and, for Execute, the text parameters it was bound to.
 */
import type { AddressInfo, Socket } from "node:net";
import { connect, createServer } from "node:net";

export interface Statement {
  text: string;
  params: (string | null)[];
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/** Splits one connection's frontend byte stream into messages and records statements. */
function frontendReader(record: (statement: Statement) => void) {
  let buffer = Buffer.alloc(0);
  let started = false;
  const prepared = new Map<string, string>();
  let bound: Statement | undefined;

  const cString = (data: Buffer, at: number): [string, number] => {
    const end = data.indexOf(0, at);
    return [data.toString("utf8", at, end), end + 1];
  };

  const handle = (type: string, body: Buffer) => {
    if (type === "P") {
      const [name, next] = cString(body, 0);
      const [text] = cString(body, next);
      prepared.set(name, text);
    } else if (type === "B") {
      let [, at] = cString(body, 0);
      const [statementName, afterName] = cString(body, at);
      at = afterName;
      const formatCount = body.readInt16BE(at);
      const formats: number[] = [];
      at += 2;
      for (let i = 0; i < formatCount; i++, at += 2) formats.push(body.readInt16BE(at));
      const paramCount = body.readInt16BE(at);
      at += 2;
      const params: (string | null)[] = [];
      for (let i = 0; i < paramCount; i++) {
        const length = body.readInt32BE(at);
        at += 4;
        if (length < 0) {
          params.push(null);
          continue;
        }
        const binary = (formats.length === 1 ? formats[0] : formats[i]) === 1;
        params.push(
          binary
            ? `\\x${body.toString("hex", at, at + length)}`
            : body.toString("utf8", at, at + length),
        );
        at += length;
      }
      bound = { text: prepared.get(statementName) ?? "(unknown prepared statement)", params };
    } else if (type === "E") {
      if (bound) record(bound);
    } else if (type === "Q") {
      record({ text: cString(body, 0)[0], params: [] });
    }
  };

  return (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        buffer = buffer.subarray(length);
        // SSL and GSS requests come before the startup message proper.
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) started = true;
        continue;
      }
      if (buffer.length < 5) return;
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) return;
      handle(String.fromCharCode(buffer[0] ?? 0), buffer.subarray(5, 1 + length));
      buffer = buffer.subarray(1 + length);
    }
  };
}

export interface CountingProxy {
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  url: string;
  /** The statements recorded since the last `take()`, which starts a new record. */
  take(): Statement[];
  stop(): Promise<void>;
}

export async function startCountingProxy(databaseUrl: string): Promise<CountingProxy> {
  const target = new URL(databaseUrl);
  let recorded: Statement[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const read = frontendReader((statement) => recorded.push(statement));
    client.on("data", (chunk: Buffer) => {
      read(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.toString(),
    take() {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
