import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = '/usr/sbin/dovecot';

export interface DovecotMessage {
  uid: number;
  seen: boolean;
  messageId: string | undefined;
}

/** A private Dovecot IMAP server on a loopback port, with one user and a Maildir in a temp folder. */
export interface Dovecot {
  port: number;
  user: string;
  password: string;
  /** imap://user:password@127.0.0.1:port/INBOX */
  url: string;
  /** Appends a message to the INBOX over IMAP (optionally with flags such as \Seen). */
  deliver(raw: Buffer | string, flags?: string[]): Promise<void>;
  /** The INBOX's messages in UID order, with their \Seen flag (read without changing anything). */
  messages(): Promise<DovecotMessage[]>;
  /** Stops the server and starts it again on the same port and folder (the mail stays). */
  restart(): Promise<void>;
  /** Stops the server, keeping its folder (start() brings it back on the same port). */
  halt(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

function signalGroup(proc: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (proc.pid) process.kill(-proc.pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(proc: ChildProcess): boolean {
  try {
    if (proc.pid) process.kill(-proc.pid, 0);
    return Boolean(proc.pid);
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const isRoot = () => process.getuid?.() === 0;

/** The uid and gid of a system user, from /etc/passwd. */
async function systemUser(name: string): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((l) => l.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error(`Dovecot test server: the system user "${name}" does not exist`);
  return { uid: Number(uid), gid: Number(gid) };
}

function config(dir: string, port: number, mailUser: { uid: number; gid: number }): string {
  const root = isRoot();
  // As root, Dovecot drops privileges to the users Debian's package created; otherwise it runs as we are.
  const internalUser = root ? 'dovecot' : userInfo().username;
  const loginUser = root ? 'dovenull' : userInfo().username;
  return `# Private test instance: nothing here reads /etc/dovecot.
protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
default_internal_user = ${internalUser}
default_login_user = ${loginUser}
first_valid_uid = 0
first_valid_gid = 0
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailUser.uid} gid=${mailUser.gid} home=${dir}/home/%u
}
mail_location = maildir:~/Maildir
mailbox_idle_check_interval = 1 secs
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`;
}

/** Starts a private Dovecot (Debian package dovecot-imapd) for tests. */
export async function startDovecot(): Promise<Dovecot> {
  if (!existsSync(DOVECOT)) {
    throw new Error(`Dovecot is not installed (${DOVECOT} is missing): install it with "apt-get install -y dovecot-imapd"`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'sapa-dovecot-'));
  // Dovecot's unprivileged processes must reach the run folder and the users file.
  await chmod(dir, 0o755);
  const port = await freePort();
  const user = 'sapa';
  const password = 'rahasia-123';
  await writeFile(path.join(dir, 'users'), `${user}:{plain}${password}\n`, { mode: 0o644 });
  // Dovecot refuses to run a mailbox as root: as root the mail belongs to the system user "mail".
  const mailUser = isRoot() ? await systemUser('mail') : { uid: userInfo().uid, gid: userInfo().gid };
  const home = path.join(dir, 'home', user);
  await mkdir(home, { recursive: true });
  await chown(home, mailUser.uid, mailUser.gid);
  const conf = path.join(dir, 'dovecot.conf');
  await writeFile(conf, config(dir, port, mailUser));

  let child: ChildProcess | undefined;
  const logTail = async () => (await readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '')).split('\n').slice(-20).join('\n');

  async function start(): Promise<void> {
    let exited: string | undefined;
    let stderr = '';
    // Its own process group: stopping it ends its imap processes too, as a real restart does.
    const proc = spawn(DOVECOT, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.once('exit', (code, sig) => (exited = `exited with ${code ?? sig}`));
    proc.once('error', (error) => (exited = error.message));
    child = proc;
    const killOnExit = () => signalGroup(proc, 'SIGKILL');
    process.once('exit', killOnExit);
    proc.once('exit', () => process.off('exit', killOnExit));
    for (let i = 0; i < 100; i++) {
      if (exited) throw new Error(`Dovecot ${exited}: ${stderr}\n${await logTail()}`);
      if (await accepts(port)) return;
      await pause(100);
    }
    signalGroup(proc, 'SIGKILL');
    throw new Error(`Dovecot did not listen on port ${port} within 10 s: ${stderr}\n${await logTail()}`);
  }

  async function halt(): Promise<void> {
    const proc = child;
    child = undefined;
    if (!proc) return;
    signalGroup(proc, 'SIGTERM');
    // The master and every process it started (logins, the imap sessions) must be gone.
    for (let i = 0; i < 50 && groupAlive(proc); i++) await pause(100);
    if (groupAlive(proc)) signalGroup(proc, 'SIGKILL');
    for (let i = 0; i < 50 && (groupAlive(proc) || (await accepts(port))); i++) await pause(100);
  }

  async function withClient<T>(work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: password }, logger: false, disableAutoIdle: true });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.logout().catch(() => undefined);
    }
  }

  await start();
  return {
    port,
    user,
    password,
    url: `imap://${user}:${password}@127.0.0.1:${port}/INBOX`,
    async deliver(raw, flags = []) {
      await withClient(async (client) => {
        await client.append('INBOX', typeof raw === 'string' ? Buffer.from(raw) : raw, flags);
      });
    },
    async messages() {
      return withClient(async (client) => {
        // EXAMINE (read-only): looking must not change any flag.
        const lock = await client.getMailboxLock('INBOX', { readOnly: true });
        try {
          if (!client.mailbox || !client.mailbox.exists) return [];
          const list: DovecotMessage[] = [];
          for await (const message of client.fetch('1:*', { uid: true, flags: true, envelope: true })) {
            list.push({ uid: message.uid, seen: message.flags?.has('\\Seen') ?? false, messageId: message.envelope?.messageId });
          }
          return list.sort((a, b) => a.uid - b.uid);
        } finally {
          lock.release();
        }
      });
    },
    async restart() {
      await halt();
      await start();
    },
    halt,
    start,
    async stop() {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
